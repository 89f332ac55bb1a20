import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { AXES, decoder, type AxeContenu, type QuestionContenu } from "../axes-contenu";
import { a1, Page, type Contexte, type Valeur } from "../contexte";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police, type Bleu } from "../styles";
import { deuxPhrases, ENCARTS, precisez } from "../textes";
import { sourceListe } from "./listes";

/**
 * Les cinq onglets d'axes de l'Annexe 2-A : une bande « Thématique n : … », des questions (liste,
 * cases à cocher liées, nombres, dates, textes), un renvoi « Indicateurs mobilisables », puis les
 * quatre encarts bleus. Colonnes : A question ; B, D, F, H cases ; C, E, G, I libellés des cases.
 */

const LISTE_REPONSES = sourceListe("Réponses des axes");
const TYPES = { L: "liste", C: "case", N: "nombre", "%": "pourcentage", D: "date", T: "texte" };

export interface QuestionEcrite {
  readonly texte: string;
  readonly type: (typeof TYPES)[keyof typeof TYPES];
  /** Valeurs écrites (une par cellule de réponse ; `null` = vide). */
  readonly valeurs: readonly Valeur[];
}

export interface AxeEcrit {
  readonly type: AxeContenu["type"];
  readonly onglet: string;
  readonly thematiques: readonly {
    readonly numero: number;
    readonly intitule: string;
    readonly questions: readonly QuestionEcrite[];
  }[];
}

/** Bleus de chaque onglet d'axe : listes et valeurs, cases, encarts. */
const BLEUS_AXES: Readonly<Record<AxeContenu["type"], readonly [Bleu, Bleu, Bleu]>> = {
  "axe-1-1": [BLEUS.accent1Clair80, BLEUS.accent1Clair60, BLEUS.themeAccent1],
  "axe-1-2": [BLEUS.themeAccent1, BLEUS.accent1Clair60, BLEUS.accent1Clair80],
  "axe-1-3": [BLEUS.accent1Clair80, BLEUS.accent1Clair80, BLEUS.accent1Clair80],
  "axe-2": [BLEUS.office2007, BLEUS.accent1Clair40, BLEUS.accent1Clair80],
  "axe-3": [BLEUS.themeAccent1Fonce, BLEUS.accent1Clair60, BLEUS.accent1Clair80],
};

const lignes = (texte: string, largeur: number) => Math.max(1, Math.ceil(texte.length / largeur));

function reponse(q: QuestionContenu, cle: string, i: number): Valeur {
  const t = tirage(`${cle}/${i}`);
  switch (q.code) {
    case "L": {
      const x = t.suivant();
      return x < 0.62 ? "Oui" : x < 0.86 ? "Pratiques hétérogènes" : "Non";
    }
    case "N":
      return t.entier(q.min, q.max);
    case "%":
      return t.entier(q.min, q.max) / 100;
    case "D":
      return new Date(Date.UTC(t.entier(2019, 2024), t.entier(0, 11), t.entier(1, 28)));
    case "T":
      return precisez(t);
    default:
      return null;
  }
}

function question(p: Page, row: number, q: QuestionContenu, cle: string, b: Bleu[]): Valeur[] {
  p.texte(a1(1, row), q.texte, { retour: true, bordure: true, vertical: "middle" });
  if (q.code === "C") {
    const t = tirage(cle);
    const coches = q.items.map(() => t.si(0.6));
    if (!coches.includes(true)) coches[0] = true;
    let h = 1;
    const valeurs = q.items.map((item, i) => {
      const col = 2 + 2 * i;
      const v = p.saisie(a1(col, row), `${cle}/r${i + 1}`, coches[i] ?? false, {
        bleu: b[1] as Bleu,
        horizontal: "center",
        format: FORMATS.caseACocher,
      });
      p.texte(a1(col + 1, row), item, { retour: true, police: { size: 9 } });
      h = Math.max(h, lignes(item, 22));
      return v;
    });
    p.hauteur(row, Math.max(18, 13 * Math.max(h, lignes(q.texte, 62)) + 4));
    return valeurs;
  }
  const texte = q.code === "T";
  const format = { N: FORMATS.entier, "%": FORMATS.pourcent, D: FORMATS.date, L: undefined };
  const v = p.saisie(a1(2, row), `${cle}/r1`, reponse(q, cle, 0), {
    bleu: b[0] as Bleu,
    fusion: `${a1(2, row)}:${a1(texte ? 9 : 4, row)}`,
    horizontal: texte ? "left" : "center",
    retour: texte,
    ...(q.code === "L" ? { liste: LISTE_REPONSES } : {}),
    ...(q.code in format && format[q.code as keyof typeof format]
      ? { format: format[q.code as keyof typeof format] as string }
      : {}),
  });
  p.hauteur(row, texte ? 32 : Math.max(18, 13 * lignes(q.texte, 62) + 4));
  return [v];
}

function ecrireAxe(ctx: Contexte, wb: ExcelJS.Workbook, axe: AxeContenu): AxeEcrit {
  const ws = wb.addWorksheet(axe.onglet, {
    views: [{ showGridLines: false, state: "frozen", ySplit: 2 }],
    properties: { tabColor: { argb: "FF2E75B6" } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([62, 4.5, 22, 4.5, 22, 4.5, 22, 4.5, 22]);
  p.bandeau(`Annexe 2-A — ${axe.axe}`, "A1:I1");
  p.texte("A2", axe.titre, { fusion: "A2:I2", police: police.sousTitre });
  p.hauteur(2, 22);
  p.texte(
    "A3",
    "Pour chaque thématique, répondez dans les cellules bleues : liste Oui / Non / Pratiques hétérogènes, cases à cocher (VRAI si l'élément est en place), valeurs et textes ; décrivez ensuite succinctement votre stratégie dans les quatre encarts.",
    { fusion: "A3:I3", police: police.note, retour: true },
  );
  p.hauteur(3, 28);
  const bleus = BLEUS_AXES[axe.type];
  const thematiques: AxeEcrit["thematiques"][number][] = [];
  let row = 5;
  axe.thematiques.forEach(([intitule, questions], i) => {
    const n = i + 1;
    p.texte(a1(1, row), `Thématique ${n} : ${intitule}`, {
      fusion: `A${row}:I${row}`,
      police: police.section,
      fond: COULEURS.enTete,
      bordure: true,
    });
    p.hauteur(row, 20);
    row++;
    const ecrites: QuestionEcrite[] = [];
    let k = 0;
    for (const brut of questions) {
      const q = decoder(brut);
      if (q.code === "I") {
        p.texte(a1(1, row), q.texte, {
          fusion: `A${row}:I${row}`,
          police: police.note,
          fond: COULEURS.prerempli,
          bordure: true,
        });
        row++;
        continue;
      }
      k++;
      const cle = `axe/${axe.type}/t${n}/q${k}`;
      const valeurs = question(p, row, q, cle, [...bleus]);
      ecrites.push({ texte: q.texte, type: TYPES[q.code], valeurs });
      row++;
    }
    for (const [cleEncart, libelle, banque] of ENCARTS) {
      p.texte(a1(1, row), libelle, {
        police: police.grasse,
        fond: COULEURS.section,
        bordure: true,
        vertical: "top",
      });
      const cle = `axe/${axe.type}/t${n}/${cleEncart}`;
      p.saisie(a1(2, row), cle, deuxPhrases(tirage(cle), banque), {
        bleu: bleus[2],
        fusion: `B${row}:I${row}`,
        retour: true,
        vertical: "top",
      });
      p.hauteur(row, 40);
      row++;
    }
    thematiques.push({ numero: n, intitule, questions: ecrites });
    row++;
  });
  miseEnPage(ws, axe.titre, "1:2");
  return { type: axe.type, onglet: axe.onglet, thematiques };
}

export function ecrireAxes(ctx: Contexte, wb: ExcelJS.Workbook): AxeEcrit[] {
  return AXES.map((axe) => ecrireAxe(ctx, wb, axe));
}
