import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { CONTROLES_FICHES } from "../../../src/domain/controles/fiches/fiche";
import { genererFichesSocle } from "../../../src/domain/fiches/generer";
import { CLE_DATE_EFFET } from "../../../src/domain/controles/fiches/lecture";
import type { FicheLue } from "../../../src/domain/classeur/reperage/fiches/lire-fiche";
import { serieExcel } from "../../../src/domain/valeurs/date";
import { annexe1, repere } from "../controles/fabrique";
import { testerControle, type Cas2 } from "../controles/testeur";
import { appliquer, CONTEXTE, saisir, VIDE } from "./outils";

const F11 = "Fiche objectif 1.1";
const socle = appliquer(VIDE, genererFichesSocle(VIDE, CONTEXTE));
const garder = (s: WorkbookSnapshot, noms: readonly string[]): WorkbookSnapshot => ({
  ...s,
  sheets: s.sheets.filter((x) => noms.includes(x.name)),
});
const ind = (f: FicheLue, i: number, cle: string) => f.tableaux.indicateurs[i]?.cellules[cle];
const act = (f: FicheLue, i: number, cle: string) => f.tableaux.actions[i]?.cellules[cle];
const date = (a: number, m: number, j: number) => serieExcel(a, m, j);

/** La fiche 1.1 seule, entièrement remplie et cohérente. */
const complete = saisir(garder(socle, [F11, "Listes"]), F11, (f) => [
  [f.champs.cadre, "Art. L242-4 CASF"],
  [f.champs.prs, "Orientation 1 du PRS (à remplacer par le libellé du PRS en vigueur)"],
  [act(f, 0, "action"), "Revue trimestrielle des situations avec la MDPH"],
  [act(f, 0, "partenaires"), "MDPH"],
  [act(f, 0, "debut"), date(2025, 3, 1), "dd/mm/yyyy"],
  [act(f, 0, "fin"), date(2029, 12, 31), "dd/mm/yyyy"],
  [ind(f, 0, "initiale"), 9],
  [ind(f, 0, "mi"), 6],
  [ind(f, 0, "fin"), 3],
  [ind(f, 1, "initiale"), 0.071, "0.0%"],
  [ind(f, 1, "mi"), 0.05, "0.0%"],
  [ind(f, 1, "fin"), 0.025, "0.0%"],
]);
const avec = (choix: Parameters<typeof saisir>[2]) => saisir(complete, F11, choix);
const effet = (s: WorkbookSnapshot): WorkbookSnapshot => ({
  ...s,
  settings: { [CLE_DATE_EFFET]: "2025-01-01" },
});

/** La fiche 1.1 telle que l'outil la génère : rien de ce que le gestionnaire doit écrire. */
const generee = garder(socle, [F11, "Listes"]);

const CAS: Record<string, Cas2> = {
  "fiche/a-rediger": {
    valides: [
      { nom: "fiche complète", snapshot: complete },
      {
        nom: "un seul champ rédigé",
        snapshot: saisir(generee, F11, (f) => [[f.champs.cadre, "CASF"]]),
      },
    ],
    invalides: [
      {
        nom: "fiche générée, encore à rédiger : un seul constat",
        snapshot: generee,
        constats: [{ messageId: "brouillon", data: { fiche: "1.1" } }],
      },
    ],
  },
  "fiche/champ-obligatoire": {
    valides: [
      { nom: "fiche complète", snapshot: complete },
      { nom: "fiche générée, encore à rédiger", snapshot: generee },
      { nom: "aucune fiche", snapshot: VIDE },
    ],
    invalides: [
      {
        nom: "intitulé et cadre vides",
        snapshot: avec((f) => [
          [f.champs.intitule, ""],
          [f.champs.cadre, ""],
        ]),
        constats: [
          { messageId: "vide", data: { fiche: "1.1", champ: "« Intitulé de l'objectif »" } },
          {
            messageId: "vide",
            data: { fiche: "1.1", champ: "« Cadre de référence réglementaire »" },
          },
        ],
      },
    ],
  },
  "fiche/rubrique-vide": {
    valides: [
      { nom: "fiche complète", snapshot: complete },
      { nom: "fiche générée, encore à rédiger", snapshot: generee },
    ],
    invalides: [
      {
        nom: "constats, actions et indicateurs vides",
        snapshot: avec((f) => [
          [f.champs["constats-og"], ""],
          [act(f, 0, "action"), ""],
          [ind(f, 0, "indicateur"), ""],
          [ind(f, 1, "indicateur"), ""],
        ]),
        constats: [
          {
            messageId: "vide",
            data: { fiche: "1.1", rubrique: "« Constats et enjeux de l'organisme gestionnaire »" },
          },
          { messageId: "vide", data: { fiche: "1.1", rubrique: "« Actions »" } },
          {
            messageId: "vide",
            data: { fiche: "1.1", rubrique: "« Indicateurs de suivi et d'évaluation »" },
          },
        ],
      },
    ],
  },
  "fiche/date-fin-avant-debut": {
    valides: [{ nom: "fin après début", snapshot: complete }],
    invalides: [
      {
        nom: "fin avant début",
        snapshot: avec((f) => [[act(f, 0, "fin"), date(2024, 12, 31)]]),
        constats: [
          {
            messageId: "avant",
            data: { fiche: "1.1", action: 1, fin: "31/12/2024", debut: "01/03/2025" },
          },
        ],
      },
    ],
  },
  "fiche/date-hors-cpom": {
    valides: [
      { nom: "dans les 5 ans", snapshot: effet(complete) },
      {
        nom: "date d'effet inconnue",
        snapshot: avec((f) => [[act(f, 0, "fin"), date(2031, 1, 1)]]),
      },
    ],
    invalides: [
      {
        nom: "fin au-delà du CPOM",
        snapshot: effet(avec((f) => [[act(f, 0, "fin"), date(2030, 1, 1)]])),
        constats: [
          {
            messageId: "hors",
            data: {
              fiche: "1.1",
              action: 1,
              date: "01/01/2030",
              periode: "du 01/01/2025 au 31/12/2029",
            },
          },
        ],
      },
      {
        nom: "date d'effet lue dans l'en-tête du suivi (« Réalisé 2025 »)",
        snapshot: saisir(socle, F11, (f) => [[act(f, 0, "debut"), date(2024, 6, 1)]]),
        constats: [
          {
            messageId: "hors",
            data: {
              fiche: "1.1",
              action: 1,
              date: "01/06/2024",
              periode: "du 01/01/2025 au 31/12/2029",
            },
          },
        ],
      },
    ],
  },
  "fiche/indicateur-incomplet": {
    valides: [
      { nom: "quatre éléments", snapshot: complete },
      { nom: "fiche générée, encore à rédiger", snapshot: generee },
    ],
    invalides: [
      {
        nom: "cibles manquantes",
        snapshot: avec((f) => [
          [ind(f, 0, "mi"), ""],
          [ind(f, 0, "mode"), ""],
        ]),
        constats: [
          {
            messageId: "incomplet",
            data: {
              fiche: "1.1",
              indicateur: "« Jeunes adultes en amendement Creton »",
              manquants: "mode de calcul, cible mi-parcours",
            },
          },
        ],
      },
    ],
  },
  "fiche/cible-sens": {
    valides: [{ nom: "baisse décroissante", snapshot: complete }],
    invalides: [
      {
        nom: "baisse mais cibles croissantes",
        snapshot: avec((f) => [
          [ind(f, 0, "mi"), 10],
          [ind(f, 0, "fin"), 12],
        ]),
        constats: [
          {
            messageId: "sens",
            data: {
              fiche: "1.1",
              indicateur: "« Jeunes adultes en amendement Creton »",
              initiale: 9,
              mi: 10,
              fin: 12,
              sens: "baisse",
            },
          },
        ],
      },
    ],
  },
  "fiche/cible-atteinte": {
    valides: [{ nom: "progrès attendu", snapshot: complete }],
    invalides: [
      {
        nom: "initiale déjà sous la cible (baisse)",
        snapshot: avec((f) => [[ind(f, 0, "initiale"), 2]]),
        constats: [
          {
            messageId: "atteinte",
            data: { fiche: "1.1", indicateur: "« Jeunes adultes en amendement Creton »" },
          },
        ],
      },
    ],
  },
  "fiche/pourcentage-hors-bornes": {
    valides: [{ nom: "parts en %", snapshot: complete }],
    invalides: [
      {
        nom: "150 % au format pourcentage",
        snapshot: avec((f) => [[ind(f, 1, "initiale"), 1.5]]),
        constats: [
          {
            messageId: "bornes",
            data: {
              fiche: "1.1",
              indicateur: "« Part des personnes accompagnées hors autorisation »",
              valeur: "150 %",
            },
          },
        ],
      },
    ],
  },
  "fiche/socle-axe": {
    valides: [{ nom: "axe du socle", snapshot: complete }],
    invalides: [
      {
        nom: "inadéquations sous l'axe 3",
        snapshot: avec((f) => [[f.champs.axe, "3 — Efficience et innovation des organisations"]]),
        constats: [
          {
            messageId: "axe",
            data: {
              fiche: "1.1",
              socle: "« Inadéquations »",
              axe: "« 1 — Réponse aux besoins territoriaux et adaptation des parcours »",
            },
          },
        ],
      },
    ],
  },
  "fiche/prs-manquant": {
    valides: [
      { nom: "orientation choisie", snapshot: complete },
      { nom: "fiche générée, encore à rédiger", snapshot: generee },
    ],
    invalides: [
      {
        nom: "orientation vide",
        snapshot: avec((f) => [[f.champs.prs, ""]]),
        constats: [{ messageId: "prs", data: { fiche: "1.1" } }],
      },
    ],
  },
  "fiche/serafin-aucun": {
    valides: [{ nom: "besoins suggérés marqués", snapshot: complete }],
    invalides: [
      {
        nom: "objectif optimisation sans besoin",
        snapshot: saisir(
          garder(socle, ["Fiche objectif 3.1", "Listes"]),
          "Fiche objectif 3.1",
          (f) => [[f.champs.cadre, "Art. L313-11 CASF"]],
        ),
        constats: [{ messageId: "aucun", data: { fiche: "3.1" } }],
      },
    ],
  },
  "fiche/action-sans-partenaire": {
    valides: [{ nom: "partenaire indiqué", snapshot: complete }],
    invalides: [
      {
        nom: "partenaire vide",
        snapshot: avec((f) => [[act(f, 0, "partenaires"), ""]]),
        constats: [{ messageId: "partenaire", data: { fiche: "1.1", action: 1 } }],
      },
    ],
  },
  "fiche/esms-inconnu": {
    valides: [
      {
        nom: "« Tous »",
        snapshot: complete,
        repere: repere({ annexe1: annexe1({ esms: [{ nom: "IME Les Tilleuls" }] }) }),
      },
      {
        nom: "ESMS de l'Annexe 1",
        snapshot: avec((f) => [[f.champs.esms, "IME Les Tilleuls ; 440000032"]]),
        repere: repere({
          annexe1: annexe1({
            esms: [{ nom: "IME Les Tilleuls" }, { finess: "440000032", nom: "IEM" }],
          }),
        }),
      },
    ],
    invalides: [
      {
        nom: "ESMS absent",
        snapshot: avec((f) => [[f.champs.esms, "IME Les Tilleuls ; SESSAD du Lac"]]),
        repere: repere({ annexe1: annexe1({ esms: [{ nom: "IME Les Tilleuls" }] }) }),
        constats: [{ messageId: "inconnu", data: { fiche: "1.1", nom: "« SESSAD du Lac »" } }],
      },
    ],
  },
  "fiche/socle-manquant": {
    valides: [
      { nom: "six fiches socle", snapshot: socle },
      { nom: "aucune fiche", snapshot: VIDE },
    ],
    invalides: [
      {
        nom: "une seule fiche",
        snapshot: complete,
        constats: [
          "Inclusion » (axe 1",
          "Coopération territoriale » (axe 1",
          "Qualité » (axe 2",
          "Prévention » (axe 2",
          "Optimisation des organisations » (axe 3",
        ].map((s) => ({ messageId: "manquant", data: { socle: `« ${s})` } })),
      },
    ],
  },
};
describe("contrôles des fiches-objectifs", () => {
  it("chaque contrôle de fiche a des cas de test", () => {
    const sansCas = CONTROLES_FICHES.map((c) => c.meta.id).filter(
      (id) => id.startsWith("fiche/") && !(id in CAS) && id !== "fiche/trop-de-fiches",
    );
    expect(sansCas).toEqual([]);
  });
  for (const c of CONTROLES_FICHES) {
    const cas = CAS[c.meta.id];
    if (cas) testerControle(c, cas);
  }
});
