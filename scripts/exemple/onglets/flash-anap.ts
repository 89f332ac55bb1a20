import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { a1, ENTETE, Page, type Contexte, type Valeur } from "../contexte";
import { ANNEE, type Esms } from "../organisme";
import { BLEUS, FORMATS, miseEnPage, police } from "../styles";
import { sourceListe } from "./listes";

/**
 * Annexes 2-B (indicateurs FLASH) et 2-C (Tableau de bord ANAP) : un ESMS par ligne, un indicateur
 * par colonne, valeurs importées par l'ARS (gris, jamais bleues). Exception du modèle (§5.9) : en
 * 2-B, les ESMS de compétence exclusive du Département sont saisis par l'organisme (bleu).
 */

type Tire = (e: Esms, t: ReturnType<typeof tirage>) => Valeur;

interface Indicateur {
  readonly libelle: string;
  readonly format?: string;
  readonly liste?: boolean;
  readonly valeur: Tire;
}

const pct =
  (min: number, max: number): Tire =>
  (_, t) =>
    t.entier(min * 10, max * 10) / 1000;
const ouiNon =
  (p: number): Tire =>
  (_, t) =>
    t.si(p) ? "Oui" : "Non";

const FLASH: readonly Indicateur[] = [
  {
    libelle: "Part des personnes accompagnées ayant un projet personnalisé formalisé",
    format: FORMATS.pourcent,
    valeur: pct(86, 100),
  },
  {
    libelle: "Part des projets personnalisés réactualisés dans l'année",
    format: FORMATS.pourcent,
    valeur: pct(72, 98),
  },
  {
    libelle: "Existence d'un CVS ou d'une autre forme d'expression collective",
    liste: true,
    valeur: (e) => (e.service ? "Non" : "Oui"),
  },
  {
    libelle: "Réunions du CVS dans l'année",
    format: FORMATS.entier,
    valeur: (e, t) => (e.service ? 0 : t.entier(3, 5)),
  },
  {
    libelle: "Procédure de déclaration des EI / EIG formalisée",
    liste: true,
    valeur: ouiNon(0.9),
  },
  { libelle: "Plan de formation à la bientraitance", liste: true, valeur: ouiNon(0.75) },
  {
    libelle: "Date de la dernière évaluation de la qualité",
    format: FORMATS.date,
    valeur: (_, t) =>
      new Date(Date.UTC(t.entier(2021, ANNEE - 1), t.entier(0, 11), t.entier(1, 28))),
  },
];

const ANAP: readonly Indicateur[] = [
  { libelle: "Taux de réalisation de l'activité", format: FORMATS.pourcent, valeur: pct(96, 104) },
  { libelle: "Taux d'occupation", format: FORMATS.pourcent, valeur: pct(93, 100) },
  {
    libelle: "File active",
    format: FORMATS.entier,
    valeur: (e, t) => e.effectif + t.entier(3, 15),
  },
  {
    libelle: "Personnes en dérogation ou hors autorisation",
    format: FORMATS.pourcent,
    valeur: (e, t) => (e.creton ? t.entier(50, 90) / 1000 : 0),
  },
  { libelle: "Taux d'hospitalisation complète", format: FORMATS.pourcent, valeur: pct(0.5, 3) },
  { libelle: "Taux de rotation des places", format: FORMATS.pourcent, valeur: pct(5, 25) },
  { libelle: "Taux d'absentéisme", format: FORMATS.pourcent, valeur: pct(6, 12) },
  { libelle: "Taux de rotation des personnels", format: FORMATS.pourcent, valeur: pct(8, 20) },
  { libelle: "Taux d'ETP vacants au 31/12", format: FORMATS.pourcent, valeur: pct(1, 8) },
  { libelle: "Taux de prestations externes", format: FORMATS.pourcent, valeur: pct(1, 6) },
  {
    libelle: "Taux d'encadrement (ETP par place)",
    format: "0.00",
    valeur: (e, t) => Math.round((e.service ? 0.3 : 0.8) * 100 + t.entier(0, 60)) / 100,
  },
  { libelle: "Taux de CAF", format: FORMATS.pourcent, valeur: pct(3, 7) },
  { libelle: "Taux de vétusté des constructions", format: FORMATS.pourcent, valeur: pct(35, 70) },
  { libelle: "Taux d'endettement", format: FORMATS.pourcent, valeur: pct(20, 45) },
  {
    libelle: "FRNG en jours de charges courantes",
    format: FORMATS.jours,
    valeur: (_, t) => t.entier(400, 1100) / 10,
  },
];

/** Valeurs écrites : FINESS → libellé d'indicateur → valeur. */
export type TableauEcrit = Record<string, Record<string, Valeur>>;

function tableau(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  o: {
    readonly onglet: string;
    readonly prefixe: "2b" | "2c";
    readonly titre: string;
    readonly sousTitre: string;
    readonly note: string;
    readonly source: string;
    readonly indicateurs: readonly Indicateur[];
    readonly saisiParOg: (e: Esms) => boolean;
  },
  esms: readonly Esms[],
): TableauEcrit {
  const ws = wb.addWorksheet(o.onglet, {
    views: [{ showGridLines: false, state: "frozen", xSplit: 2, ySplit: 5 }],
    properties: { tabColor: { argb: "FF7F7F7F" } },
  });
  const p = new Page(ctx, ws);
  const n = o.indicateurs.length;
  const fin = 3 + n;
  p.largeurs([13, 34, 10, ...o.indicateurs.map(() => 13)]);
  const derniere = a1(fin, 1).replace(/\d+$/, "");
  p.bandeau(o.titre, `A1:${derniere}1`);
  p.texte("A2", o.sousTitre, { fusion: `A2:${derniere}2`, police: police.sousTitre });
  p.texte("A3", o.note, { fusion: `A3:${derniere}3`, police: police.note, retour: true });
  p.hauteur(3, 26);
  const entetes = [
    "N° FINESS",
    "Établissement ou service",
    "Catégorie",
    ...o.indicateurs.map((i) => i.libelle),
  ];
  entetes.forEach((t, j) => p.texte(a1(j + 1, 5), t, ENTETE));
  p.hauteur(5, 80);
  const ecrit: TableauEcrit = {};
  esms.forEach((e, i) => {
    const row = 6 + i;
    p.prerempli(a1(1, row), undefined, e.finess, { format: FORMATS.texte });
    p.prerempli(a1(2, row), undefined, e.nom);
    p.prerempli(a1(3, row), undefined, e.categorie, { horizontal: "center" });
    const ligne: Record<string, Valeur> = {};
    o.indicateurs.forEach((ind, j) => {
      const cle = `${o.prefixe}/${e.finess}|${ind.libelle}`;
      const complet = ind.valeur(e, tirage(cle));
      const style = {
        horizontal: "center" as const,
        ...(ind.format ? { format: ind.format } : {}),
      };
      ligne[ind.libelle] = o.saisiParOg(e)
        ? p.saisie(a1(4 + j, row), cle, complet, {
            ...style,
            bleu: BLEUS.office2007,
            ...(ind.liste ? { liste: sourceListe("Oui / Non") } : {}),
          })
        : p.prerempli(a1(4 + j, row), cle, complet, style);
    });
    ecrit[e.finess] = ligne;
  });
  const note = 7 + esms.length;
  p.texte(a1(1, note), o.source, { fusion: `A${note}:${derniere}${note}`, police: police.note });
  miseEnPage(ws, o.titre, "5:5");
  return ecrit;
}

export function ecrireFlash(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  esms: readonly Esms[],
): TableauEcrit {
  return tableau(
    ctx,
    wb,
    {
      onglet: "2-B FLASH",
      prefixe: "2b",
      titre: "Annexe 2-B — Indicateurs FLASH",
      sousTitre: `Campagne ${ANNEE - 1} (situation au 31/12/${ANNEE - 2})`,
      note: "Données importées par l'ARS à partir de la collecte FLASH. Seules les lignes en bleu, établissements et services de compétence exclusive du Département, sont complétées par l'organisme gestionnaire.",
      source: "Source : ARS Pays de la Loire, collecte des indicateurs FLASH.",
      indicateurs: FLASH,
      saisiParOg: (e) => e.autorite === "Département",
    },
    esms,
  );
}

export function ecrireAnap(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  esms: readonly Esms[],
): TableauEcrit {
  return tableau(
    ctx,
    wb,
    {
      onglet: "2-C ANAP",
      prefixe: "2c",
      titre: "Annexe 2-C — Indicateurs ANAP (Tableau de bord de la performance)",
      sousTitre: `Campagne ${ANNEE - 1} du Tableau de bord (données de l'exercice ${ANNEE - 2})`,
      note: "Valeurs importées par l'ARS depuis le Tableau de bord de la performance dans le secteur médico-social. Elles servent de référence commune : ne les modifiez pas ; signalez une erreur au coordonnateur.",
      source: "Source : ATIH, Tableau de bord de la performance dans le secteur médico-social.",
      indicateurs: ANAP,
      saisiParOg: () => false,
    },
    esms,
  );
}
