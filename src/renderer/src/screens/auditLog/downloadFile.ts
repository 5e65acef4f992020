export { downloadText } from "../../files/download";
