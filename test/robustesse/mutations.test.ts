import ExcelJS from "exceljs";
import { ErreurFichier } from "../../src/gateway/erreurs-fichier";
import { lireClasseurXlsxBorne } from "../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane, type AnalyseClasseur } from "../../src/use-cases/analyser";
import { atelier, base, type Attendu, type Mutation } from "./bases";
import { MUTATIONS } from "./mutations";

/** Chaque mutation des classeurs d'exemple : lue et analysée sans exception, avec son issue attendue. */

type Issue =
  | {
      readonly kind: "analyse";
      readonly analyse: AnalyseClasseur;
      readonly avertissements: readonly string[];
    }
  | { readonly kind: "erreur"; readonly code: string };

async function executer(m: Mutation): Promise<Issue> {
  const b = await base(m.base);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b.buffer as unknown as ArrayBuffer);
  m.appliquer?.(atelier(wb, b));
  let octets: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (m.octets) octets = m.octets(octets);
  try {
    const { snapshot, avertissements } = await lireClasseurXlsxBorne(octets);
    return { kind: "analyse", analyse: analyserInstantane(snapshot), avertissements };
  } catch (e) {
    if (e instanceof ErreurFichier) return { kind: "erreur", code: e.raison };
    throw e;
  }
}

function resume(i: Issue): string {
  if (i.kind === "erreur") return `erreur ${i.code}`;
  const ids = [...new Set(i.analyse.constats.map((c) => c.controle))].sort();
  const types = i.analyse.onglets.map((o) => o.type).join(",");
  const av = [...i.avertissements, ...i.analyse.repere.avertissements.map((x) => x.message)];
  return `constats ${ids.join(" ")} | onglets ${types} | avertissements ${av.join(" ; ")}`;
}

function conforme(i: Issue, a: Attendu): boolean {
  if ("erreur" in a) return i.kind === "erreur" && i.code === a.erreur;
  if (i.kind !== "analyse") return false;
  if ("constat" in a) return i.analyse.constats.some((c) => c.controle === a.constat);
  if ("avertissement" in a)
    return [...i.avertissements, ...i.analyse.repere.avertissements.map((x) => x.message)].some(
      (t) => a.avertissement.test(t),
    );
  const types = new Set(i.analyse.onglets.map((o) => o.type));
  return a.reconnus.length === 0
    ? i.analyse.nonReconnu !== null
    : a.reconnus.every((t) => types.has(t));
}

const analysesBase = new Map<string, Promise<Issue>>();
/** L'issue du classeur d'exemple non muté (le constat attendu ne doit pas y être déjà). */
function issueBase(m: Mutation): Promise<Issue> {
  let i = analysesBase.get(m.base);
  if (!i) {
    i = executer({ nom: "base", base: m.base, attendu: { reconnus: [] } });
    analysesBase.set(m.base, i);
  }
  return i;
}

describe("mutations des classeurs d'exemple", () => {
  it("en compte au moins 30, de noms uniques", () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MUTATIONS.map((m) => m.nom)).size).toBe(MUTATIONS.length);
  });

  it.each(MUTATIONS.map((m) => [m.nom, m] as const))(
    "%s",
    async (_, m) => {
      const issue = await executer(m);
      const verdict = conforme(issue, m.attendu)
        ? "conforme"
        : `attendu ${JSON.stringify(m.attendu, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}, obtenu ${resume(issue)}`;
      expect(verdict).toBe("conforme");
      if ("constat" in m.attendu) {
        const avant = await issueBase(m);
        expect(
          conforme(avant, m.attendu) ? `${m.attendu.constat} déjà dans « ${m.base} »` : "",
        ).toBe("");
      }
    },
    60_000,
  );
});
