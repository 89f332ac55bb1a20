import {
  codeAxe,
  contexteDepuisRepere,
  texteConstats,
  type ContexteFiches,
} from "../../../src/domain/fiches/constats";
import { OBJECTIFS_SOCLE, socleDe } from "../../../src/domain/classeur/catalogue/fiches/socle";
import type { ResultatIndicateur } from "../../../src/domain/indicateurs/types";
import { annexe1, axe, repere } from "../controles/fabrique";

const vide: ContexteFiches = { pointsAmelioration: [], indicateursEnAlerte: [], esms: [] };

describe("codeAxe", () => {
  it.each([
    ["axe-1-1", "1-1"],
    ["Axe 1-2", "1-2"],
    ["1.3", "1-3"],
    ["axe-2", "2"],
    ["Axe 3", "3"],
    ["annexe", ""],
  ])("%s → %s", (entree, attendu) => expect(codeAxe(entree)).toBe(attendu));
});

describe("texteConstats", () => {
  it("rien à dire : null (la cellule reste vide)", () => {
    expect(texteConstats(vide, OBJECTIFS_SOCLE)).toBeNull();
  });

  it.each([
    ["s1-inadequations", "axe-1-1", "Transition vers l'âge adulte", true],
    ["s1-inadequations", "axe-1-2", "Vieillissement des personnes", true],
    ["s1-inadequations", "axe-1-1", "Scolarisation", false],
    ["s2-inclusion", "axe-1-1", "Scolarisation", true],
    ["s3-cooperation", "axe-1-3", "n'importe quelle thématique", true],
    ["s5-prevention", "axe-2", "Événements indésirables", true],
    ["s4-qualite", "axe-2", "Événements indésirables", false],
    ["s6-optimisation", "axe-3", "Systèmes d'information", true],
  ] as const)("%s reprend %s « %s » : %s", (code, a, thematique, repris) => {
    const t = texteConstats(
      { ...vide, pointsAmelioration: [{ axe: a, thematique, texte: "Constat de l'OG." }] },
      [socleDe(code)],
    );
    expect(t !== null && t.includes("« Constat de l'OG. »")).toBe(repris);
  });

  it("cite l'onglet, tronque les citations à 300 caractères", () => {
    const long = "a".repeat(400);
    const t = texteConstats(
      {
        ...vide,
        pointsAmelioration: [{ axe: "1-3", thematique: "Santé", texte: long }],
        indicateursEnAlerte: [
          { libelle: "Creton", valeur: "9", message: "Trop.", id: "creton.total", onglet: "2-F" },
        ],
      },
      [socleDe("s3-cooperation"), socleDe("s1-inadequations")],
    );
    const lignes = (t ?? "").split("\n");
    expect(lignes[1]).toMatch(
      /^• Axe 1-3, Santé — point d'amélioration : « a{299}… » \[Axe 1-3\]$/,
    );
    expect(lignes[2]).toBe("• Creton : 9 — Trop. [2-F]");
  });

  it("au-delà de 2 000 caractères, les constats restants sont résumés", () => {
    const points = Array.from({ length: 20 }, (_, i) => ({
      axe: "3",
      thematique: `T${i}`,
      texte: "b".repeat(250),
    }));
    const t =
      texteConstats({ ...vide, pointsAmelioration: points }, [socleDe("s6-optimisation")]) ?? "";
    expect(t.length).toBeLessThanOrEqual(2000);
    expect(t).toMatch(
      /• … et \d+ autres constats, liste complète : volet Diagnostic CPOM › Contrôles ou commande cpom-diagnostic analyser\.$/,
    );
  });
});

describe("contexteDepuisRepere", () => {
  const r = repere({
    annexe1: annexe1({
      esms: [
        { finess: "440000024", nom: "IME Les Tilleuls" },
        { finess: "440000032", nom: "" },
      ],
    }),
    axes: [
      axe("axe-1-1", [
        {
          intitule: "Transition vers l'âge adulte",
          encarts: { "points-amelioration": "Stages ponctuels.", "points-forts": "Équipe stable." },
        },
        { intitule: "Scolarisation", encarts: { "points-amelioration": null } },
      ]),
    ],
  });
  const resultat = (id: string, valeur: number | null, alertes: number): ResultatIndicateur => ({
    id,
    libelle: "Taux d'absentéisme",
    unite: "%",
    granularite: "esms",
    onglet: "anap-2c",
    perimetre: { cle: "440000024", libelle: "IME Les Tilleuls" },
    valeur,
    entrees: [],
    alertes: Array.from({ length: alertes }, () => ({
      gravite: "alerte" as const,
      message: "Absentéisme élevé.",
      source: "",
    })),
    explication: "",
  });

  it("reprend les points d'amélioration, les indicateurs en alerte et les ESMS nommés", () => {
    const c = contexteDepuisRepere(r, [
      resultat("anap.taux-absenteisme", 0.123, 1),
      resultat("anap.taux-occupation", 0.9, 0),
      resultat("anap.taux-rotation", null, 1),
    ]);
    expect(c.pointsAmelioration).toEqual([
      { axe: "1-1", thematique: "Transition vers l'âge adulte", texte: "Stages ponctuels." },
    ]);
    expect(c.indicateursEnAlerte).toEqual([
      {
        libelle: "Taux d'absentéisme (IME Les Tilleuls)",
        valeur: "12,3\u00a0%",
        message: "Absentéisme élevé.",
        id: "anap.taux-absenteisme",
        onglet: "2-C",
      },
    ]);
    expect(c.esms).toEqual([{ finess: "440000024", nom: "IME Les Tilleuls" }]);
  });
});
