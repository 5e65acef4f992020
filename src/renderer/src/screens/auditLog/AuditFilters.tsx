import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { AuditFilter } from "../../../../shared/model/audit";
import { Field } from "../../components/Field";
import { auditFilterFormSchema, EMPTY_FILTER_FORM, type AuditFilterForm } from "./filterForm";

/** From and to dates, a person, an action and free text; every box may be left empty. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<AuditFilterForm, unknown, AuditFilter>({ resolver: zodResolver(auditFilterFormSchema), defaultValues: EMPTY_FILTER_FORM });

  return (
    <form onSubmit={handleSubmit(onApply)} noValidate className="filters" aria-label="Filter the audit log">
      <div className="filter-grid">
        <Field label="From date" hint="The first day to include." error={errors.from?.message}>
          {(control) => <input {...control} {...register("from")} type="date" />}
        </Field>
        <Field label="To date" hint="The last day to include." error={errors.to?.message}>
          {(control) => <input {...control} {...register("to")} type="date" />}
        </Field>
        <Field label="Person" hint="Name or username." error={errors.actor?.message}>
          {(control) => <input {...control} {...register("actor")} autoComplete="off" />}
        </Field>
        <Field label="Action" hint="For example: user.create." error={errors.action?.message}>
          {(control) => <input {...control} {...register("action")} autoComplete="off" />}
        </Field>
        <Field label="Text" hint="Words in the summary." error={errors.text?.message}>
          {(control) => <input {...control} {...register("text")} type="search" autoComplete="off" />}
        </Field>
      </div>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary">
          Show matching entries
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            reset(EMPTY_FILTER_FORM);
            onApply({});
          }}
        >
          Clear the filters
        </button>
      </div>
    </form>
  );
}
