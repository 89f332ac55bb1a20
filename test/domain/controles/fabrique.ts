import { lireA1 } from "../../../src/domain/classeur/adresse";
import type {
  Annexe1,
  Axe,
  Champ,
  CleEncart,
  DiagnosticRepere,
  Ligne2E,
  LigneCreton,
  ModeAccueil,
  OrientationCreton,
  Secteur,
  Tableau2E,
  TypeQuestion,
} from "../../../src/domain/classeur/modele";
import type { CellValue, ValueType } from "../../../src/domain/classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../../../src/domain/classeur/types-onglet";

/** Fabrique de petits modèles repérés (sans repérage) pour les tests de contrôles. */

const ERREURS = ["#DIV/0!", "#REF!", "#VALUE!", "#VALEUR!", "#N/A", "#NAME?", "#NOM?", "#NUM!"];
const NOMS: Partial<Record<TypeOnglet, string>> = {
  "annexe-1": "Annexe 1",
  "complementaires-2d": "2-D",
  "financier-2e": "2-E",
  "creton-2f": "2-F",
  "anap-2c": "2-C",
  "flash-2b": "2-B",
};

export type Valeur = CellValue | null;

export function typeDe(valeur: Valeur): ValueType {
  if (valeur === null || valeur === "") return "Empty";
  if (typeof valeur === "number") return "Double";
  if (typeof valeur === "boolean") return "Boolean";
  return ERREURS.includes(valeur) ? "Error" : "String";
}

export function onglet(type: TypeOnglet, nom: string = NOMS[type] ?? type): OngletReconnu {
  return {
    sheetId: `id-${nom}`,
    nom,
    position: 0,
    visible: true,
    type,
    confiance: 1,
    origine: "nom+contenu",
  };
}

export interface OptionsChamp {
  readonly onglet?: OngletReconnu;
  readonly a?: string;
  readonly row?: number;
  readonly col?: number;
  readonly cle?: string;
  readonly libelle?: string;
  readonly saisie?: boolean;
  readonly formule?: string;
  readonly format?: string;
}

let ligneLibre = 1000;

/** Un champ repéré qui porte `valeur` (`null` = vide) ; position unique sauf `a` (« C8 »). */
export function champ(valeur: Valeur, o: OptionsChamp = {}): Champ {
  const pos = o.a ? lireA1(o.a) : { row: o.row ?? ligneLibre++, col: o.col ?? 2 };
  const feuille = o.onglet ?? onglet("annexe-1");
  const saisie = o.saisie ?? !o.formule;
  return {
    cle: o.cle ?? "valeur",
    libelle: o.libelle ?? "",
    location: { sheetId: feuille.sheetId, sheetName: feuille.nom, ...pos },
    cellule: {
      ...pos,
      value: valeur ?? "",
      type: typeDe(valeur),
      formula: o.formule ?? null,
      numberFormat: o.format ?? "General",
      fill: saisie ? "DDEBF7" : null,
    },
    saisie,
    confiance: 1,
  };
}

export function repere(zones: Partial<DiagnosticRepere> = {}): DiagnosticRepere {
  const onglets = [
    zones.annexe1?.onglet,
    ...(zones.axes ?? []).map((a) => a.onglet),
    zones.flash2b?.onglet,
    zones.anap2c?.onglet,
    zones.complementaires2d?.onglet,
    zones.financier2e?.onglet,
    zones.creton2f?.onglet,
  ].filter((o): o is OngletReconnu => o !== undefined);
  return { onglets, axes: [], avertissements: [], ...zones };
}

export type ValeursEsms = Partial<
  Record<
    | "finess"
    | "nom"
    | "categorie"
    | "capacite"
    | "internat"
    | "autorite"
    | "commune"
    | "temporaire",
    Valeur
  >
> & { readonly secteur?: Secteur };

const A1 = onglet("annexe-1");

export function annexe1(
  d: {
    organisme?: Record<string, Valeur>;
    esms?: readonly ValeursEsms[];
    totaux?: Partial<Record<Secteur, Record<string, Valeur | Champ>>>;
  } = {},
): Annexe1 {
  const organisme: Record<string, Champ> = {};
  Object.entries(d.organisme ?? {}).forEach(([cle, v], i) => {
    organisme[cle] = champ(v, { cle, row: 3 + i, col: 2 });
  });
  const esms = (d.esms ?? []).map((e, i) => {
    const row = 20 + i;
    const champs: Record<string, Champ> = {};
    [
      "finess",
      "nom",
      "categorie",
      "commune",
      "capacite",
      "internat",
      "autorite",
      "temporaire",
    ].forEach((cle, j) => {
      const v = e[cle as keyof ValeursEsms];
      if (v !== undefined) champs[cle] = champ(v as Valeur, { cle, row, col: j });
    });
    return { secteur: e.secteur ?? "enfance", row, champs };
  });
  const totaux: Partial<Record<Secteur, Record<string, Champ>>> = {};
  for (const [s, t] of Object.entries(d.totaux ?? {})) {
    const champs: Record<string, Champ> = {};
    Object.entries(t ?? {}).forEach(([cle, v], j) => {
      champs[cle] =
        v !== null && typeof v === "object"
          ? v
          : champ(v, { cle, row: 40, col: 4 + j, saisie: false, formule: "=SUM(E21:E30)" });
    });
    totaux[s as Secteur] = champs;
  }
  return { onglet: A1, organisme, esms, totaux };
}

export interface QuestionFab {
  readonly type: TypeQuestion;
  readonly reponses: readonly Valeur[];
  readonly libelle?: string;
}

export function axe(
  type: TypeOnglet,
  thematiques: readonly {
    intitule: string;
    questions?: readonly QuestionFab[];
    encarts?: Partial<Record<CleEncart, Valeur>>;
  }[],
  nom: string = type,
): Axe {
  const o = onglet(type, nom);
  let row = 5;
  return {
    onglet: o,
    encartsOnglet: {},
    thematiques: thematiques.map((t, i) => {
      const debut = row++;
      const questions = (t.questions ?? []).map((q) => {
        const r = row++;
        return {
          libelle: q.libelle ?? "question",
          row: r,
          type: q.type,
          reponses: q.reponses.map((v, j) => champ(v, { onglet: o, row: r, col: 3 + j })),
        };
      });
      const encarts: Partial<Record<CleEncart, Champ>> = {};
      for (const [cle, v] of Object.entries(t.encarts ?? {})) {
        encarts[cle as CleEncart] = champ(v, { onglet: o, row: row++, col: 3, cle });
      }
      return { numero: i + 1, intitule: t.intitule, row: debut, questions, encarts };
    }),
  };
}

export function complementaires(
  indicateurs: readonly {
    intitule: string;
    colonnes: readonly {
      perimetre: string;
      num: Valeur;
      den: Valeur;
      /** Cellule du taux : valeur en cache et formule (absente = valeur tapée). */
      taux?: { v: Valeur; formule?: string };
    }[];
  }[],
): NonNullable<DiagnosticRepere["complementaires2d"]> {
  const o = onglet("complementaires-2d");
  return {
    onglet: o,
    indicateurs: indicateurs.map((ind, i) => {
      const row = 5 + i * 4;
      return {
        intitule: ind.intitule,
        row,
        libelleNumerateur: "Numérateur",
        libelleDenominateur: "Dénominateur",
        colonnes: ind.colonnes.map((c, j) => ({
          perimetre: c.perimetre,
          numerateur: champ(c.num, { onglet: o, row: row + 1, col: 2 + j, cle: "numerateur" }),
          denominateur: champ(c.den, { onglet: o, row: row + 2, col: 2 + j, cle: "denominateur" }),
          ...(c.taux
            ? {
                taux: champ(c.taux.v, {
                  onglet: o,
                  row: row + 3,
                  col: 2 + j,
                  cle: "taux",
                  saisie: false,
                  format: "0.0%",
                  ...(c.taux.formule ? { formule: c.taux.formule } : {}),
                }),
              }
            : {}),
        })),
      };
    }),
  };
}

/** Onglet 2-E : `tableaux` = clé → lignes (clé de ligne → colonne → valeur). */
export function financier(
  exercices: readonly string[],
  tableaux: Record<
    string,
    { colonnes?: readonly string[]; lignes: Record<string, Record<string, Valeur>> }
  >,
): NonNullable<DiagnosticRepere["financier2e"]> {
  const o = onglet("financier-2e");
  const t: Record<string, Tableau2E> = {};
  let row = 5;
  for (const [cle, tab] of Object.entries(tableaux)) {
    const colonnes = tab.colonnes ?? exercices;
    const lignes: Ligne2E[] = Object.entries(tab.lignes).map(([cleLigne, valeurs]) => {
      const r = row++;
      const champs: Record<string, Champ> = {};
      for (const [col, v] of Object.entries(valeurs)) {
        const j = Math.max(0, colonnes.indexOf(col));
        champs[col] = champ(v, { onglet: o, row: r, col: 2 + j, cle: cleLigne });
      }
      return { cle: cleLigne, libelle: cleLigne, row: r, valeurs: champs };
    });
    t[cle] = { cle, titre: cle, row: row++, colonnes, lignes };
  }
  return { onglet: o, exercices, tableaux: t };
}

export type CellulesCreton = Partial<Record<`${ModeAccueil}:${OrientationCreton}`, Valeur>>;

export function creton(
  lignes: readonly { finess?: string; nom?: string; valeurs: CellulesCreton; total?: Valeur }[],
): NonNullable<DiagnosticRepere["creton2f"]> {
  const o = onglet("creton-2f");
  return {
    onglet: o,
    lignes: lignes.map((l, i): LigneCreton => {
      const row = 6 + i;
      return {
        row,
        ...(l.finess !== undefined ? { finess: champ(l.finess, { onglet: o, row, col: 0 }) } : {}),
        ...(l.nom !== undefined
          ? { nom: champ(l.nom, { onglet: o, row, col: 1, saisie: false }) }
          : {}),
        valeurs: Object.entries(l.valeurs).map(([k, v], j) => {
          const [mode, orientation] = k.split(":") as [ModeAccueil, OrientationCreton];
          return { mode, orientation, champ: champ(v, { onglet: o, row, col: 2 + j }) };
        }),
        ...(l.total !== undefined
          ? {
              total: champ(l.total, {
                onglet: o,
                row,
                col: 12,
                saisie: false,
                formule: "=SUM(C7:J7)",
              }),
            }
          : {}),
      };
    }),
  };
}

/** 2-B ou 2-C : un ESMS par ligne, valeurs par libellé d'indicateur. */
export function tableauEsms(
  type: "flash-2b" | "anap-2c" | "departementaux-2g",
  esms: readonly {
    finess: string;
    nom: string;
    valeurs: Record<string, Valeur | { v: Valeur; format?: string; saisie?: boolean }>;
  }[],
): NonNullable<DiagnosticRepere["anap2c"]> {
  const o = onglet(type);
  return {
    onglet: o,
    esms: esms.map((e, i) => {
      const valeurs: Record<string, Champ> = {};
      Object.entries(e.valeurs).forEach(([libelle, v], j) => {
        const simple = v === null || typeof v !== "object";
        valeurs[libelle] = champ(simple ? v : v.v, {
          onglet: o,
          row: 5 + i,
          col: 3 + j,
          libelle,
          saisie: simple ? false : (v.saisie ?? false),
          ...(simple || !v.format ? {} : { format: v.format }),
        });
      });
      return { finess: e.finess, nom: e.nom, valeurs };
    }),
  };
}
