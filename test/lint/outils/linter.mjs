// Lance ESLint (configuration du projet) sur des textes fictifs. Processus à part : jest ne sait
// pas charger eslint.config.mjs (import dynamique sans --experimental-vm-modules).
// Entrée (stdin) : [{ "filePath": "src/domain/x.ts", "code": "…" }, …]
// Sortie (stdout) : [[{ "ruleId": "…", "message": "…" }, …], …] dans le même ordre.
import { ESLint } from "eslint";

let entree = "";
for await (const morceau of process.stdin) entree += morceau;
const eslint = new ESLint({ cwd: process.cwd() });
const sorties = [];
for (const { filePath, code } of JSON.parse(entree)) {
  const [resultat] = await eslint.lintText(code, { filePath });
  sorties.push((resultat?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(sorties));
