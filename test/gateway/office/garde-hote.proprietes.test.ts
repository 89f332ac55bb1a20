import fc from "fast-check";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { nomDeFeuilleLibre, violationsDuPlan, type PlanOperation } from "../../../src/domain/plan";
import { estFormuleMarquee } from "../../../src/domain/plan/marqueur";
import { installerHote } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { GatewayError } from "../../../src/gateway/port";
import { classeurAleatoire, operation, TAILLE } from "../../domain/plan/arbitraires";
import { sansGarde } from "../outils/sans-garde";

/**
 * « Rien de perdu », même en course : sur des classeurs aléatoires chargés dans l'hôte simulé,
 * un plan accepté par la garde sur l'analyse est appliqué pendant que l'utilisateur tape dans
 * des cellules (crochet `pendantSync`). Quoi qu'il arrive, aucune cellule non vide au moment
 * d'écrire n'est changée, aucune fusion, validation ni MFC de l'utilisateur n'est touchée ; et
 * si une saisie tombe sur une cellule visée, le plan est abandonné sans rien écrire.
 */

interface Saisie {
  readonly k: number;
  readonly row: number;
  readonly col: number;
  readonly v: string | number;
}

const saisie = (n: number): fc.Arbitrary<Saisie> =>
  fc.record({
    k: fc.nat({ max: n - 1 }),
    row: fc.nat({ max: TAILLE }),
    col: fc.nat({ max: TAILLE }),
    v: fc.oneof(fc.constantFrom("saisi", "Oui"), fc.integer({ min: 1, max: 9 })),
  });

const contenu = (s: SheetSnapshot, r: number, c: number) => {
  const i = r - s.origin.row;
  const j = c - s.origin.col;
  const f = s.formulas[i]?.[j] ?? null;
  // Une formule est gardée telle quelle ; sa valeur est celle que l'hôte recalcule (comme Excel).
  return { v: f === null ? (s.values[i]?.[j] ?? "") : null, f };
};
const vide = (x: { v: unknown; f: string | null }) => x.f === null && x.v === "";
const secondaire = (s: SheetSnapshot, r: number, c: number) =>
  s.merges.some(
    (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r > m.top || c > m.left),
  );

/** Cellules non vides de l'état « juste avant d'écrire » : l'analyse plus les saisies. */
function pleines(a: WorkbookSnapshot, saisies: readonly Saisie[]) {
  const m = new Map<string, { v: unknown; f: string | null }>();
  for (const s of a.sheets)
    for (let r = 0; r <= TAILLE + 2; r++)
      for (let c = 0; c <= TAILLE + 2; c++) {
        const x = contenu(s, r, c);
        if (!vide(x)) m.set(`${s.id}|${r}|${c}`, x);
      }
  for (const x of saisies) {
    const s = a.sheets[x.k]!;
    if (!secondaire(s, x.row, x.col)) m.set(`${s.id}|${x.row}|${x.col}`, { v: x.v, f: null });
  }
  return m;
}

const cibles = (ops: readonly PlanOperation[]) =>
  ops.flatMap((op) => {
    if ((op.kind !== "setValues" && op.kind !== "setFormulas") || !("sheetId" in op.sheet))
      return [];
    const id = op.sheet.sheetId;
    const g = op.kind === "setValues" ? op.values : op.formulas;
    return g.flatMap((l, i) =>
      l.flatMap((v, j) => (v === null ? [] : [`${id}|${op.row + i}|${op.col + j}`])),
    );
  });

const reglesUtilisateur = (s: SheetSnapshot) =>
  s.conditionalFormats
    .filter((c) => !estFormuleMarquee(c.formula))
    .map((c) => JSON.stringify(c))
    .sort();

describe("garde au moment d'écrire — propriétés sur l'hôte simulé, avec saisies concurrentes", () => {
  it("rien de perdu, quelles que soient les saisies faites pendant l'écriture (300 classeurs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        classeurAleatoire.chain((s) => {
          const neuve = nomDeFeuilleLibre(
            "Fiche",
            s.sheets.map((f) => f.name),
          );
          return fc.tuple(
            fc.constant(s),
            fc.constant(neuve),
            fc.array(operation(s, neuve), { maxLength: 6 }),
            fc.array(saisie(s.sheets.length), { maxLength: 3 }),
          );
        }),
        async ([depart, neuve, brutes, saisies]) => {
          const h = installerHote(depart);
          const g = new OfficeGateway(h.Excel as unknown as EspaceExcel);
          const a = await g.readSnapshot(); // l'analyse
          // Le plan : les opérations que la garde accepte sur l'analyse (comme la session).
          const ops: PlanOperation[] = [{ kind: "addSheet", name: neuve }];
          for (const op of brutes)
            if (violationsDuPlan(a, { titre: "t", operations: [...ops, op] }).length === 0)
              ops.push(op);
          const attendu = pleines(a, saisies);
          h.pendantSync(() => {
            for (const x of saisies) h.etat.saisir(a.sheets[x.k]!.id, x.row, x.col, x.v);
          });
          const r = await g.apply(sansGarde({ titre: "Essai", operations: ops })).then(
            () => null,
            (e: unknown) => e,
          );
          const b = await g.readSnapshot();
          for (const [cle, x] of attendu) {
            const [id, row, col] = cle.split("|");
            const s = b.sheets.find((f) => f.id === id)!;
            expect([cle, contenu(s, Number(row), Number(col))]).toEqual([cle, x]);
          }
          for (const s of a.sheets) {
            const apres = b.sheets.find((f) => f.id === s.id)!;
            expect(apres.merges).toEqual(s.merges);
            // La lecture ne voit que la plage utilisée, qu'une saisie peut agrandir : tout ce qui
            // était vu reste, et rien d'autre que nos règles de surlignage n'apparaît.
            for (const v of s.validations)
              expect(
                apres.validations.some(
                  (w) =>
                    w.source === v.source &&
                    w.range.top <= v.range.top &&
                    w.range.left <= v.range.left &&
                    w.range.bottom >= v.range.bottom &&
                    w.range.right >= v.range.right,
                ),
              ).toBe(true);
            expect(reglesUtilisateur(apres)).toEqual(expect.arrayContaining(reglesUtilisateur(s)));
            const initiales = depart.sheets.find((f) => f.id === s.id)!;
            for (const c of reglesUtilisateur(apres))
              expect(
                reglesUtilisateur(initiales)
                  .map((x) => JSON.parse(x) as { formula: string })
                  .map((x) => x.formula),
              ).toContain((JSON.parse(c) as { formula: string }).formula);
            for (let r = 0; r < s.rowCount; r++)
              for (let c = 0; c < s.columnCount; c++) {
                const i = s.origin.row + r - apres.origin.row;
                const j = s.origin.col + c - apres.origin.col;
                expect(apres.numberFormats[i]?.[j]).toBe(s.numberFormats[r]?.[c]);
                expect(apres.fills[i]?.[j] ?? null).toBe(s.fills[r]?.[c] ?? null);
              }
          }
          const touchee = cibles(ops).some((c) => {
            const x = saisies.find((y) => `${a.sheets[y.k]!.id}|${y.row}|${y.col}` === c);
            return x !== undefined && !secondaire(a.sheets[x.k]!, x.row, x.col);
          });
          if (touchee) {
            expect(r).toBeInstanceOf(GatewayError);
            expect(r).toMatchObject({ code: "NothingLost" });
            expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
          }
          // Sans saisie sur une cellule visée, le plan passe — sauf sélection sur un onglet masqué
          // (Excel refuse d'activer une feuille masquée ; le plan est alors écrit, rien de perdu).
          const masquee = ops.some(
            (o) =>
              o.kind === "select" &&
              "sheetId" in o.sheet &&
              a.sheets.find((f) => "sheetId" in o.sheet && f.id === o.sheet.sheetId)?.visibility !==
                "Visible",
          );
          if (!touchee && !masquee) expect(r).toBeNull();
          if (r !== null) expect(r).toBeInstanceOf(GatewayError); // toujours traduite
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
