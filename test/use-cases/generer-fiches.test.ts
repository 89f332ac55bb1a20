import type { WorkbookSnapshot } from "../../src/domain/classeur/snapshot";
import { appliquerPlan, contexteDepuisRepere, genererFichesSocle } from "../../src/domain/fiches";
import type { PlanGarde } from "../../src/domain/plan/garde";
import { analyserInstantane } from "../../src/use-cases/analyser";
import { genererFiches, planifierFichesSocle } from "../../src/use-cases/generer-fiches";
import { feuillesValides } from "../cli/outils/classeurs";
import { classeurDe } from "../domain/classeur/fabrique";

/** Une seule voie pour les fiches : le volet (classeur analysé) et la CLI (classeur neuf). */

const VIDE: WorkbookSnapshot = { sheets: [], settings: {} };
const analyse = () => analyserInstantane(classeurDe(feuillesValides()));

function passerelle() {
  const plans: PlanGarde[] = [];
  return { plans, apply: async (p: PlanGarde) => (plans.push(p), { sheetNames: {} }) };
}

describe("genererFiches", () => {
  it("volet : le plan du domaine pour le classeur analysé, gardé puis confié à la passerelle", async () => {
    const a = analyse();
    const g = passerelle();
    const f = await genererFiches(g, a);
    expect(f.plan).toEqual(
      genererFichesSocle(a.snapshot, contexteDepuisRepere(a.repere, a.indicateurs)),
    );
    expect(g.plans).toEqual([f.plan]);
  });

  it("CLI : classeur neuf, année demandée, ouvert sur la première fiche visible", async () => {
    const f = planifierFichesSocle(analyse(), { cible: VIDE, annee: 2031, ouvrirPremiere: true });
    expect(f.contexte.annee).toBe(2031);
    const premiere = f.plan.operations.find(
      (o) => o.kind === "addSheet" && o.visibility !== "Hidden",
    );
    expect(f.plan.operations.at(-1)).toEqual({
      kind: "select",
      sheet: { newSheet: premiere?.kind === "addSheet" ? premiere.name : "" },
      ranges: [{ top: 0, left: 0, bottom: 0, right: 0 }],
    });
  });

  it("fiches déjà dans le classeur : plan vide, rien n'est confié à la passerelle", async () => {
    const a = analyse();
    const { plan } = planifierFichesSocle(a);
    const deja = analyserInstantane(appliquerPlan(a.snapshot, plan));
    const g = passerelle();
    const f = await genererFiches(g, deja);
    expect(f.plan.operations).toEqual([]);
    expect(f.resultat).toEqual({ sheetNames: {} });
    expect(g.plans).toEqual([]);
  });
});
