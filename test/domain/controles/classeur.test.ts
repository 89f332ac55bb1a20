import { CONTROLES_CLASSEUR } from "../../../src/domain/controles/classeur";
import { CONTROLES_FORMULES } from "../../../src/domain/controles/formules";
import type { TypeOnglet } from "../../../src/domain/classeur/types-onglet";
import { annexe1, complementaires, onglet, repere } from "./fabrique";
import { classeur, feuille } from "./instantane";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = [...CONTROLES_CLASSEUR, ...CONTROLES_FORMULES].find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
const onglets = (...types: TypeOnglet[]) => types.map((t) => onglet(t, t));
const BASE: TypeOnglet[] = [
  "annexe-1",
  "axe-1-3",
  "axe-2",
  "axe-3",
  "complementaires-2d",
  "financier-2e",
];
const enfance = repere({ annexe1: annexe1({ esms: [{ nom: "IME A", secteur: "enfance" }] }) });

const taux2D = (taux: { v: number | string | null; formule?: string }) =>
  repere({
    complementaires2d: complementaires([
      {
        intitule: "Projets personnalisés réactualisés",
        colonnes: [{ perimetre: "IME", num: 8, den: 10, taux }],
      },
    ]),
  });

describe("famille classeur", () => {
  testerControle(controle("classeur/onglet-attendu-absent"), {
    valides: [
      { nom: "toutes les annexes", onglets: onglets(...BASE) },
      { nom: "enfance avec axe 1-1", repere: enfance, onglets: onglets(...BASE, "axe-1-1") },
    ],
    invalides: [
      {
        nom: "axe 1-1 manquant pour un OG enfance",
        repere: enfance,
        onglets: onglets(...BASE),
        constats: [
          { messageId: "absent", data: { titre: "Axe 1-1 (ESMS enfance)" }, cellules: [] },
        ],
      },
      {
        nom: "2-E supprimé",
        onglets: onglets(...BASE.filter((t) => t !== "financier-2e")),
        constats: [{ messageId: "absent", data: { titre: "2-E (diagnostic financier)" } }],
      },
    ],
  });

  testerControle(controle("classeur/onglet-en-double"), {
    valides: [{ nom: "un par type", onglets: onglets(...BASE) }],
    invalides: [
      {
        nom: "copie (2)",
        onglets: [onglet("axe-2", "Axe 2"), onglet("axe-2", "Axe 2 (2)")],
        constats: [
          {
            messageId: "double",
            data: { titre: "Axe 2 (bientraitance, qualité)", noms: "« Axe 2 », « Axe 2 (2) »" },
            cellules: ["A1", "A1"],
          },
        ],
      },
    ],
  });

  testerControle(controle("classeur/onglet-inconnu"), {
    valides: [
      {
        nom: "onglet masqué inconnu",
        onglets: [{ ...onglet("inconnu", "Listes"), visible: false }],
      },
    ],
    invalides: [
      {
        nom: "onglet de travail",
        onglets: [onglet("inconnu", "Brouillon")],
        constats: [{ messageId: "inconnu", data: { nom: "« Brouillon »" } }],
      },
    ],
  });

  testerControle(controle("classeur/valeur-erreur"), {
    valides: [{ nom: "#DIV/0! ignoré", snapshot: classeur(feuille("2-D", { C9: "#DIV/0!" })) }],
    invalides: [
      {
        nom: "liaisons mises à jour",
        snapshot: classeur(feuille("2-C", { C5: "#REF!", D5: "#REF!", E5: "#N/A", F5: 12 })),
        constats: [
          {
            messageId: "erreur",
            data: { n: 3, codes: "#REF!, #N/A", onglet: "2-C" },
            cellules: ["C5", "D5", "E5"],
          },
        ],
      },
    ],
  });

  testerControle(controle("classeur/liens-externes"), {
    valides: [
      {
        nom: "formule interne",
        snapshot: classeur(feuille("2-C", { C5: { v: 1, formule: "=B5*2" } })),
      },
    ],
    invalides: [
      {
        nom: "lien vers le TdB",
        snapshot: classeur(
          feuille("2-C", { C5: { v: 0.9, formule: "='[TdB 2023.xlsx]ESMS'!C5" } }),
        ),
        constats: [{ messageId: "liens", data: { n: 1 }, cellules: ["C5"] }],
      },
    ],
  });

  testerControle(controle("classeur/feuille-protegee"), {
    valides: [
      {
        nom: "2-C protégé (pré-rempli)",
        snapshot: classeur(feuille("2-C", {}, { protected: true })),
        onglets: [onglet("anap-2c", "2-C")],
      },
    ],
    invalides: [
      {
        nom: "2-E protégé",
        snapshot: classeur(feuille("2-E", {}, { protected: true })),
        onglets: [onglet("financier-2e", "2-E")],
        constats: [{ messageId: "protegee", data: { onglet: "2-E" } }],
      },
    ],
  });

  testerControle(controle("classeur/plage-demesuree"), {
    valides: [
      {
        nom: "petite plage",
        snapshot: classeur(feuille("Axe 2", { A1: "x" }, { jusqua: "Z100" })),
      },
    ],
    invalides: [
      {
        nom: "formats jusqu'à la ligne 10 000",
        snapshot: classeur(feuille("Axe 2", { A1: "x" }, { jusqua: "Z10000" })),
        constats: [{ messageId: "plage", data: { onglet: "Axe 2", adresse: "Z10000" } }],
      },
    ],
  });

  testerControle(controle("classeur/formule-remplacee"), {
    valides: [{ nom: "formule présente", repere: taux2D({ v: 0.8, formule: "=C7/C8" }) }],
    invalides: [
      {
        nom: "taux tapé",
        repere: taux2D({ v: 0.8 }),
        constats: [
          { messageId: "remplacee", data: { cellule: "C9", valeur: "0,8" }, cellules: ["C9"] },
        ],
      },
    ],
  });

  testerControle(controle("classeur/formule-perimee"), {
    valides: [{ nom: "cache à jour", repere: taux2D({ v: 0.8, formule: "=C7/C8" }) }],
    invalides: [
      {
        nom: "cache périmé",
        repere: taux2D({ v: 0.5, formule: "=C7/C8" }),
        constats: [
          {
            messageId: "perimee",
            data: {
              indicateur: "PP réactualisés depuis moins de 12 mois",
              cache: "50,0\u00a0%",
              calcul: "80,0\u00a0%",
            },
          },
        ],
      },
    ],
  });
});
