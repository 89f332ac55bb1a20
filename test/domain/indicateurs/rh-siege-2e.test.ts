import type { CellValue } from "../../../src/domain/classeur/snapshot";
import type { Champ } from "../../../src/domain/classeur/modele";
import { formaterValeur } from "../../../src/domain/indicateurs/format";
import { calculerIndicateurs } from "../../../src/domain/indicateurs/registre";
import type { ResultatIndicateur } from "../../../src/domain/indicateurs/types";
import { verifierFormules } from "../../../src/domain/indicateurs/verification";
import { champ, financier, ligne2E } from "./fabrique";

/** Famille `fin`, tableaux E4 (retraites), E5 (effectifs), E6 (frais de siège) : §5.4, §9, §10. */

type V = CellValue | null | Champ;

const COUT = "cout estime des indemnites de depart";
const PROVISION = "provision constituee au 31 12 2024";
const ECART = "ecart provision − cout";

function e4(categories: Record<string, [V, V]>, total = true): ResultatIndicateur[] {
  const lignes = Object.entries(categories).map(([cat, [cout, provision]]) =>
    ligne2E(cat, { [COUT]: cout, [PROVISION]: provision, [ECART]: 1 }, cat),
  );
  if (total) lignes.push(ligne2E("total", { [COUT]: 999, [PROVISION]: 1, [ECART]: 1 }, "Total"));
  return calculerIndicateurs(
    financier([], { "e4-retraites": lignes }, [COUT, PROVISION, ECART]),
  ).filter((r) => r.id === "fin.couverture-idr");
}

function e5(lignes: Record<string, Record<string, V>>, colonnes: readonly string[]) {
  const l = Object.entries(lignes).map(([cat, v]) => ligne2E(cat, v, cat));
  return financier([], { "e5-effectifs": l }, colonnes);
}

const E6_COLONNES = ["2022", "2023", "2024"];
function e6(lignes: Record<string, readonly V[]>) {
  const l = Object.entries(lignes).map(([cle, v]) =>
    ligne2E(cle, Object.fromEntries(v.map((x, i) => [E6_COLONNES[i] as string, x]))),
  );
  return financier(E6_COLONNES, { "e6-frais-siege": l });
}

const trouver = (rs: readonly ResultatIndicateur[], id: string, perimetre: string, ex?: string) => {
  const r = rs.find(
    (x) => x.id === id && x.perimetre.libelle === perimetre && x.perimetre.exercice === ex,
  );
  if (!r) throw new Error(`absent : ${id} ${perimetre} ${ex ?? ""}`);
  return r;
};

describe("fin.couverture-idr (E4)", () => {
  it.each<[string, V, V, number | null, string | undefined, string]>([
    ["provision < coût", 90_000, 79_200, 0.88, undefined, "88,0\u00a0%"],
    ["provision > coût", 36_000, 37_100, 37_100 / 36_000, undefined, "103,1\u00a0%"],
    ["texte à la française", "90 000 €", "79\u202f200", 0.88, undefined, "88,0\u00a0%"],
    ["aucun départ chiffré", 0, 0, null, "non-applicable", "—"],
    ["provision sans coût", 0, 500, null, "denominateur-nul", "—"],
    ["coût vide", null, 500, null, "donnee-manquante", "—"],
    ["provision « NC »", 1_000, "NC", null, "texte-non-numerique", "—"],
    ["coût #REF!", "#REF!", 500, null, "valeur-erreur", "—"],
  ])("%s", (_cas, cout, provision, attendu, raison, affiche) => {
    const r = trouver(e4({ Médical: [cout, provision] }), "fin.couverture-idr", "Médical");
    if (attendu === null) expect(r.valeur).toBeNull();
    else expect(r.valeur).toBeCloseTo(attendu, 12);
    expect(r.raison).toBe(raison);
    expect(formaterValeur(r.valeur, r.unite)).toBe(affiche);
  });

  it("provision négative : valeur impossible signalée", () => {
    const r = trouver(e4({ Médical: [1_000, -100] }), "fin.couverture-idr", "Médical");
    expect(r.alertes.map((a) => a.gravite)).toEqual(["erreur"]);
  });

  it("organisme : somme des provisions / somme des coûts, vides ignorés, ligne Total non lue", () => {
    const rs = e4({ A: [90_000, 79_200], B: [10_000, null], C: [null, null], D: [0, 0] });
    expect(rs.map((r) => r.perimetre.libelle)).toEqual(["A", "B", "C", "D", "Organisme"]);
    const org = trouver(rs, "fin.couverture-idr", "Organisme");
    expect(org.valeur).toBeCloseTo(79_200 / 100_000, 12);
    expect(org.formule).toMatch(/^=SUM\(([^)]+)\)\/SUM\(([^)]+)\)$/);
    expect(org.explication).toContain("coût A = 90\u202f000\u00a0€");
  });

  it.each<[string, Record<string, [V, V]>, string]>([
    ["tout vide", { A: [null, null], B: [null, null] }, "donnee-manquante"],
    ["aucune provision", { A: [1_000, null], B: [2_000, null] }, "donnee-manquante"],
    ["coûts nuls, rien de provisionné", { A: [0, 0] }, "non-applicable"],
  ])("organisme non calculé : %s", (_cas, categories, raison) => {
    const org = trouver(e4(categories), "fin.couverture-idr", "Organisme");
    expect(org.valeur).toBeNull();
    expect(org.raison).toBe(raison);
  });

  it("sans colonne de coût : donnée manquante, la colonne d'écart n'est pas prise pour le coût", () => {
    const l = ligne2E("a", { [PROVISION]: 100, [ECART]: 50 }, "A");
    const [r] = calculerIndicateurs(financier([], { "e4-retraites": [l] }, [PROVISION, ECART]));
    expect(r?.raison).toBe("donnee-manquante");
  });
});

describe("fin.effectif-total (E5)", () => {
  const colonnes = ["ime", "mas", "siege", "total"];
  const repere = e5(
    {
      "Socio-éducatif": { ime: 31.8, mas: 16.2, siege: null, total: 48 },
      Paramédical: { ime: 5.3, mas: "36,45", siege: null, total: 41.75 },
      Total: {
        ime: champ(37.1, { formule: "=SUM(C1:C2)" }),
        mas: champ(50, { formule: "=SUM(D1:D2)" }),
        siege: champ("", { formule: "=SUM(E1:E2)" }),
        total: 89.75,
      },
    },
    colonnes,
  );
  const rs = calculerIndicateurs(repere);

  it.each<[string, number | null, string | undefined, string]>([
    ["ime", 37.1, undefined, "37,1\u00a0ETP"],
    ["mas", 52.65, undefined, "52,65\u00a0ETP"],
    ["siege", null, "donnee-manquante", "—"],
    ["Organisme", 89.75, undefined, "89,75\u00a0ETP"],
  ])("%s", (perimetre, attendu, raison, affiche) => {
    const r = trouver(rs, "fin.effectif-total", perimetre);
    if (attendu === null) expect(r.valeur).toBeNull();
    else expect(r.valeur).toBeCloseTo(attendu, 9);
    expect(r.raison).toBe(raison);
    expect(formaterValeur(r.valeur, r.unite)).toBe(affiche);
  });

  it("une colonne par catégorie d'ESMS (hors « Total ») et l'organisme", () => {
    expect(rs.map((r) => r.perimetre.libelle)).toEqual(["ime", "mas", "siege", "Organisme"]);
    expect(trouver(rs, "fin.effectif-total", "ime").formule).toMatch(/^=SUM\(C\d+,C\d+\)$/);
  });

  it("la ligne Total du classeur est vérifiée : cache périmé signalé, texte signalé", () => {
    const ecarts = verifierFormules(repere).map((e) => [e.type, e.indicateur ?? e.libelle]);
    expect(ecarts).toEqual([
      ["formule-perimee", "fin.effectif-total"],
      ["texte-dans-nombre", "Paramédical"],
    ]);
  });

  it.each<[string, V, string | undefined, string[]]>([
    ["négatif", -0.5, undefined, ["erreur"]],
    ["texte", "un demi", "texte-non-numerique", []],
    ["erreur", "#N/A", "valeur-erreur", []],
  ])("valeur %s", (_cas, v, raison, gravites) => {
    const r = trouver(
      calculerIndicateurs(e5({ Psychologue: { savs: v } }, ["savs"])),
      "fin.effectif-total",
      "savs",
    );
    expect(r.raison).toBe(raison);
    expect(r.alertes.map((a) => a.gravite)).toEqual(gravites);
  });
});

describe("fin.taux-frais-siege (E6)", () => {
  it.each<[string, V, V, V, number | null, string | undefined, string[]]>([
    [
      "E36 (§10.5), sans taux autorisé",
      612_000,
      23_800_000,
      null,
      612_000 / 23_800_000,
      undefined,
      [],
    ],
    ["égal au taux autorisé", 598_000, 23_000_000, 0.026, 0.026, undefined, []],
    [
      "au-dessus du taux autorisé",
      621_000,
      23_760_000,
      0.026,
      621_000 / 23_760_000,
      undefined,
      ["alerte"],
    ],
    [
      "taux autorisé saisi en points",
      612_000,
      23_800_000,
      2.5,
      612_000 / 23_800_000,
      undefined,
      ["alerte"],
    ],
    [
      "taux autorisé « NC » : pas de seuil",
      612_000,
      23_800_000,
      "NC",
      612_000 / 23_800_000,
      undefined,
      [],
    ],
    ["quote-part en texte", "612 000 €", 23_800_000, null, 612_000 / 23_800_000, undefined, []],
    ["quote-part négative", -1_000, 23_800_000, null, -1_000 / 23_800_000, undefined, ["erreur"]],
    ["base nulle", 612_000, 0, 0.026, null, "denominateur-nul", []],
    ["base vide", 612_000, null, 0.026, null, "donnee-manquante", []],
    ["quote-part #REF!", "#REF!", 23_800_000, 0.026, null, "valeur-erreur", []],
  ])("%s", (_cas, quotePart, base, autorise, attendu, raison, gravites) => {
    const rs = calculerIndicateurs(
      e6({ "quote-part": [quotePart], base: [base], "taux-autorise": [autorise] }),
    );
    const r = trouver(rs, "fin.taux-frais-siege", "Organisme", "2022");
    if (attendu === null) expect(r.valeur).toBeNull();
    else expect(r.valeur).toBeCloseTo(attendu, 12);
    expect(r.raison).toBe(raison);
    expect(r.alertes.map((a) => a.gravite)).toEqual(gravites);
  });

  it("E36 : 612 000 / 23 800 000 s'affiche 2,6 % ; la formule ne cite pas le taux autorisé", () => {
    const rs = calculerIndicateurs(
      e6({ "quote-part": [612_000], base: [23_800_000], "taux-autorise": [0.025] }),
    );
    const r = trouver(rs, "fin.taux-frais-siege", "Organisme", "2022");
    expect(formaterValeur(r.valeur, r.unite)).toBe("2,6\u00a0%");
    expect(r.formule).toMatch(/^='2-E'!C\d+\/'2-E'!C\d+$/);
    expect(r.explication).toContain("taux de frais de siège autorisé = 2,5\u00a0%");
  });

  it("un taux en cache périmé dans la ligne « taux réel » est signalé", () => {
    const repere = e6({
      "quote-part": [612_000],
      base: [23_800_000],
      "taux-frais-siege": [champ(0.03, { formule: "=C1/C2" })],
    });
    expect(verifierFormules(repere).map((e) => [e.type, e.indicateur])).toEqual([
      ["formule-perimee", "fin.taux-frais-siege"],
    ]);
  });
});

describe("fin.evolution-frais-siege (E6)", () => {
  it.each<[string, V[], number | null, string | undefined, string[]]>([
    ["hausse modérée", [610_000, 632_000], 632_000 / 610_000 - 1, undefined, []],
    ["hausse de 50 %", [600_000, 900_000], 0.5, undefined, ["info"]],
    ["baisse de 40 %", [500_000, 300_000], -0.4, undefined, ["info"]],
    ["exercice précédent nul", [0, 632_000], null, "denominateur-nul", []],
    ["exercice précédent vide", [null, 632_000], null, "donnee-manquante", []],
    ["texte non numérique", ["voir arrêté", 632_000], null, "texte-non-numerique", []],
  ])("%s", (_cas, montants, attendu, raison, gravites) => {
    const rs = calculerIndicateurs(e6({ "frais-autorises": montants }));
    const r = trouver(rs, "fin.evolution-frais-siege", "Organisme", "2023");
    if (attendu === null) expect(r.valeur).toBeNull();
    else expect(r.valeur).toBeCloseTo(attendu, 12);
    expect(r.raison).toBe(raison);
    expect(r.alertes.map((a) => a.gravite)).toEqual(gravites);
  });

  it("pas d'évolution pour le premier exercice ; une par exercice suivant", () => {
    const rs = calculerIndicateurs(e6({ "frais-autorises": [100, 110, 121] }));
    const evolutions = rs.filter((r) => r.id === "fin.evolution-frais-siege");
    expect(evolutions.map((r) => [r.perimetre.exercice, r.formule])).toEqual([
      ["2023", expect.stringMatching(/^='2-E'!D(\d+)\/'2-E'!C\1-1$/)],
      ["2024", expect.stringMatching(/^='2-E'!E(\d+)\/'2-E'!D\1-1$/)],
    ]);
    expect(evolutions.map((r) => r.valeur).every((v) => Math.abs((v ?? 0) - 0.1) < 1e-12)).toBe(
      true,
    );
  });
});
