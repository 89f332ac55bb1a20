import { CONTROLES_ANAP } from "../../../src/domain/controles/anap";
import { annexe1, repere, tableauEsms } from "./fabrique";
import { testerControle } from "./testeur";

const controle = (id: string) => {
  const c = CONTROLES_ANAP.find((x) => x.meta.id === id);
  if (!c) throw new Error(id);
  return c;
};
/** 2-C d'un seul ESMS, valeur en fraction (format %) en colonne D, ligne 6. */
const c2 = (libelle: string, v: number) =>
  repere({
    anap2c: tableauEsms("anap-2c", [
      { finess: "440000024", nom: "IME Les Pins", valeurs: { [libelle]: { v, format: "0.0%" } } },
    ]),
  });
const pct = (s: string) => s.replace(" %", "\u00a0%");

describe("famille anap", () => {
  const cas: [string, string, number, number, string][] = [
    ["anap/activite-atypique", "Taux d'occupation", 1.0, 1.25, "125,0 %"],
    ["anap/activite-faible", "Taux de réalisation de l'activité", 0.97, 0.9, "90,0 %"],
    ["anap/rotation-atypique", "Taux de rotation des personnels", 0.3, 0.55, "55,0 %"],
    ["anap/etp-vacants-atypique", "Taux d'ETP vacants au 31/12", 0.1, 0.25, "25,0 %"],
    ["anap/prestations-externes-atypique", "Taux de prestations externes", 0.05, 0.3, "30,0 %"],
    ["anap/vetuste-hors-plage", "Taux de vétusté des constructions", 0.5, 0.85, "85,0 %"],
    ["anap/caf-faible", "Taux de CAF", 0.05, 0.01, "1,0 %"],
  ];
  for (const [id, libelle, bon, mauvais, affiche] of cas) {
    testerControle(controle(id), {
      valides: [{ nom: `${libelle} = ${bon}`, repere: c2(libelle, bon) }],
      invalides: [
        {
          nom: `${libelle} = ${mauvais}`,
          repere: c2(libelle, mauvais),
          constats: [
            {
              messageId: "seuil",
              data: expect.objectContaining({ nom: "IME Les Pins", valeur: pct(affiche) }) as never,
              cellules: ["D6"],
            },
          ],
        },
      ],
    });
  }

  const avecAnnexe = (nom2C: string) =>
    repere({
      annexe1: annexe1({
        esms: [
          { finess: "440000024", nom: "IME Les Pins" },
          { finess: "440000032", nom: "Foyer de vie Le Lac", secteur: "adultes" },
        ],
      }),
      anap2c: tableauEsms("anap-2c", [{ finess: "", nom: nom2C, valeurs: {} }]),
    });
  testerControle(controle("anap/esms-absent"), {
    valides: [
      {
        nom: "trouvé par son nom (le foyer de vie n'est pas au TdB)",
        repere: avecAnnexe("IME les pins"),
      },
    ],
    invalides: [
      {
        nom: "IME absent de 2-C",
        repere: avecAnnexe("SESSAD"),
        constats: [{ messageId: "absent", data: { nom: "IME Les Pins" }, cellules: ["B21"] }],
      },
    ],
  });
});
