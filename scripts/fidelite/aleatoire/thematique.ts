import type ExcelJS from "exceljs";
import type { Thematique } from "./parametres";
import type { Pinceau } from "./pinceau";

/**
 * Une thématique d'axe aléatoire : ligne de thématique, questions (réponse seule ou fusionnée sur
 * deux cellules, liste déroulante), encarts une fois en bas ou quatre côte à côte. Rend la
 * première ligne libre.
 */

const ENCARTS = [
  "Modalités de mise en œuvre",
  "Difficultés rencontrées",
  "Points forts",
  "Points d'amélioration",
];

export function ecrireThematique(
  ws: ExcelJS.Worksheet,
  t: Thematique,
  p: Pinceau,
  debut: number,
): number {
  let r = debut;
  const fond = p.styles.thematique;
  p.libelle(ws, r++, 2, "Thématique 1 : Accompagnement", {
    gras: true,
    ...(fond ? { fond } : {}),
    fusion: { colonnes: 6 },
  });
  for (let q = 0; q < t.questions; q++, r++) {
    p.libelle(ws, r, 2, `${q + 1}. L'ESMS dispose-t-il d'un outil n° ${q + 1} ?`, {
      fusion: { colonnes: 3 },
    });
    p.saisie(ws, r, 5, p.hasard.si(0.5) ? "Oui" : "Non", {
      vide: 0.3,
      ...(t.reponseFusionnee ? { fusion: { colonnes: 2 } } : {}),
    });
    ws.getCell(r, 5).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"Oui,Non,Pratiques hétérogènes"'],
    };
  }
  r++;
  if (t.encarts === "bas") {
    for (const e of ENCARTS) {
      p.libelle(ws, r, 2, `${e} :`, { fusion: { colonnes: 2 } });
      p.saisie(ws, r, 4, "Texte libre de l'organisme.", {
        vide: 0.5,
        fusion: { lignes: 3, colonnes: 4 },
      });
      r += 4;
    }
  } else if (t.encarts === "cote-a-cote") {
    ENCARTS.forEach((e, k) =>
      p.libelle(ws, r, 2 + 2 * k, e, { gras: true, fusion: { colonnes: 2 } }),
    );
    ENCARTS.forEach((_, k) =>
      p.saisie(ws, r + 1, 2 + 2 * k, "Texte libre.", {
        vide: 0.5,
        fusion: { lignes: 4, colonnes: 2 },
      }),
    );
    r += 6;
  }
  return r;
}
