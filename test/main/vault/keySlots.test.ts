import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { unwrapMasterKey, wrapMasterKey } from "../../../src/main/vault/keySlots";
import { WrongCredentialsError } from "../../../src/main/vault/vaultErrors";

const masterKey = randomBytes(32);
const maria = { kind: "user" as const, userId: "u1", username: "Maria" };

describe("key slots", () => {
  it("give the master key back for the right secret", async () => {
    const slot = await wrapMasterKey("vault-a", masterKey, "correct horse battery", maria, FAST_TEST_KDF);
    expect((await unwrapMasterKey("vault-a", slot, "correct horse battery")).equals(masterKey)).toBe(true);
    expect(slot.username).toBe("maria");
  });

  it("refuse a wrong secret", async () => {
    const slot = await wrapMasterKey("vault-a", masterKey, "correct horse battery", maria, FAST_TEST_KDF);
    await expect(unwrapMasterKey("vault-a", slot, "correct horse battery!")).rejects.toBeInstanceOf(WrongCredentialsError);
  });

  it("do not open when moved to another vault or relabelled for another user", async () => {
    const slot = await wrapMasterKey("vault-a", masterKey, "correct horse battery", maria, FAST_TEST_KDF);
    await expect(unwrapMasterKey("vault-b", slot, "correct horse battery")).rejects.toBeInstanceOf(WrongCredentialsError);
    await expect(unwrapMasterKey("vault-a", { ...slot, username: "jamal" }, "correct horse battery")).rejects.toBeInstanceOf(WrongCredentialsError);
    await expect(unwrapMasterKey("vault-a", { ...slot, kind: "recovery" }, "correct horse battery")).rejects.toBeInstanceOf(WrongCredentialsError);
  });

  it("use a fresh salt and IV every time", async () => {
    const one = await wrapMasterKey("vault-a", masterKey, "same secret here", maria, FAST_TEST_KDF);
    const two = await wrapMasterKey("vault-a", masterKey, "same secret here", maria, FAST_TEST_KDF);
    expect(one.kdf.salt).not.toBe(two.kdf.salt);
    expect(one.wrapped.iv).not.toBe(two.wrapped.iv);
    expect(one.wrapped.ciphertext).not.toBe(two.wrapped.ciphertext);
  });

  it("treat passwords that look the same as the same (Unicode normalisation)", async () => {
    const slot = await wrapMasterKey("vault-a", masterKey, "caf\u00e9 au lait!!", maria, FAST_TEST_KDF);
    expect((await unwrapMasterKey("vault-a", slot, "cafe\u0301 au lait!!")).equals(masterKey)).toBe(true);
  });
});
