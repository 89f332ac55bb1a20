import type {
  CellValue,
  DataValidationSnapshot,
  SheetSnapshot,
  ValueType,
  WorkbookSnapshot,
} from "../../domain/classeur/snapshot";

/**
 * Petit instantané construit en code pour chauffer le fil d'analyse (issue 20, ADR 0022) : le fil
 * est inactif pendant que le volet lit le classeur ; il y calcule une fois le sommaire de ce
 * classeur miniature (quelques feuilles aux noms et libellés des annexes, des cellules bleues à
 * renseigner, une liste déroulante) pour que le code du domaine soit compilé et ses chemins
 * chauds quand la vraie demande arrive. Le résultat est jeté : rien n'est envoyé.
 */

/** Une cellule : sa valeur, son remplissage (RVB) et son format de nombre. */
type Cellule = CellValue | readonly [CellValue, string | null, string?];

const TITRE = "1F4E78";
const SECTION = "D9D9D9";
const RUBRIQUE = "E7E6E6";
const GRIS = "F2F2F2";
const BLEU = "DDEBF7";
const BLEU_TEXTE = "DCE6F2";

const typeDe = (v: CellValue): ValueType =>
  v === ""
    ? "Empty"
    : typeof v === "number"
      ? "Double"
      : typeof v === "boolean"
        ? "Boolean"
        : v.startsWith("#")
          ? "Error"
          : "String";

function feuille(
  position: number,
  name: string,
  lignes: readonly (readonly Cellule[])[],
  validations: readonly DataValidationSnapshot[] = [],
): SheetSnapshot {
  const columnCount = Math.max(...lignes.map((l) => l.length));
  const cellules = lignes.map((l) =>
    Array.from({ length: columnCount }, (_, j): readonly [CellValue, string | null, string] => {
      const c = l[j] ?? "";
      return Array.isArray(c)
        ? [c[0] as CellValue, (c[1] as string | null) ?? null, (c[2] as string) ?? "General"]
        : [c as CellValue, null, "General"];
    }),
  );
  const colonne = <T>(k: (c: readonly [CellValue, string | null, string]) => T) =>
    cellules.map((l) => l.map(k));
  return {
    id: `{chauffe-${position}}`,
    name,
    position,
    visibility: name === "Listes" ? "Hidden" : "Visible",
    protected: false,
    origin: { row: 0, col: 0 },
    rowCount: lignes.length,
    columnCount,
    values: colonne((c) => c[0]),
    valueTypes: colonne((c) => typeDe(c[0])),
    formulas: colonne((c) => (typeof c[0] === "number" && c[1] === GRIS ? "=1+0" : null)),
    numberFormats: colonne((c) => c[2]),
    fills: colonne((c) => c[1]),
    bold: colonne((c) => c[1] === TITRE || c[1] === SECTION),
    merges: [{ top: 0, left: 0, bottom: 0, right: columnCount - 1 }],
    validations,
    conditionalFormats: [],
  };
}

const titre = (t: string, n: number): Cellule[] => [
  [t, TITRE],
  ...Array.from({ length: n - 1 }, (): Cellule => ["", TITRE]),
];
const saisie = (libelle: string, valeur: CellValue, format?: string): Cellule[] => [
  [libelle, GRIS],
  [valeur, BLEU_TEXTE, format],
  ["", BLEU_TEXTE],
];
const question = (libelle: string, valeur: CellValue, format?: string): Cellule[] => [
  libelle,
  [valeur, BLEU, format],
  ["", BLEU],
];
const rubrique = (libelle: string, texte: string): Cellule[] => [
  [libelle, RUBRIQUE],
  [texte, BLEU_TEXTE],
  ["", BLEU_TEXTE],
];

const OUI_NON = { type: "list", source: "=Listes!$A$2:$A$4", values: ["Oui", "Non"] } as const;

/** Une annexe à tableau : en-têtes gris foncé, une ligne pré-remplie, deux lignes bleues à saisir. */
const tableau = (entetes: readonly string[], exemple: readonly CellValue[]): Cellule[][] => [
  entetes.map((e): Cellule => [e, SECTION]),
  exemple.map((v): Cellule => [v, GRIS, typeof v === "number" ? "#,##0" : "@"]),
  ...[0, 1].map(() =>
    exemple.map((v, j): Cellule => [j === 0 ? "440020139" : typeof v === "number" ? 12 : "", BLEU]),
  ),
];

/** Un axe : thématique, questions (liste, nombre, case), rubriques de texte bleues. */
const axe = (sousTitre: string): Cellule[][] => [
  [sousTitre],
  [
    ["Thématique 1 : Connaissance des besoins", SECTION],
    ["", SECTION],
    ["", SECTION],
  ],
  question("Liste d'attente centralisée pour les admissions", "Oui"),
  question("Nombre de personnes notifiées en attente", 32, "#,##0"),
  question("Délai moyen d'admission (en jours)", "", "#,##0"),
  ["Outils d'évaluation partagés", [true, "BDD7EE"], "Grilles communes"],
  [
    ["Indicateurs mobilisables : 2-D n° 1", GRIS],
    ["", GRIS],
    ["", GRIS],
  ],
  rubrique("Modalités de mise en œuvre", "Un référent par établissement"),
  rubrique("Difficultés rencontrées", ""),
  rubrique("Points forts", "Pilotage structuré"),
  rubrique("Points d'amélioration", ""),
];

const AXE_1 = "Annexe 2-A — Axe 1 : Réponse aux besoins territoriaux et adaptation des parcours";
const LISTE = (top: number) => [{ ...OUI_NON, range: { top, bottom: top, left: 1, right: 1 } }];

/**
 * Le classeur miniature : les feuilles du modèle, chacune de quelques lignes (≈ 400 cellules en
 * tout) ; construit à chaque appel (rien ne reste en mémoire).
 */
export function instantaneDeChauffe(): WorkbookSnapshot {
  const feuilles: [string, string, Cellule[][], DataValidationSnapshot[]?][] = [
    [
      "Accueil",
      "Contrat pluriannuel d'objectifs et de moyens (CPOM) — Diagnostic partagé",
      [
        ["Organisme gestionnaire", ["", BLEU], ["", BLEU]],
        ["Date d'envoi du fichier complété", ["", BLEU, "dd/mm/yyyy"], ["", BLEU]],
      ],
    ],
    [
      "Annexe 1",
      "Annexe 1 — Fiche signalétique de l'organisme gestionnaire et des ESMS",
      [
        [
          ["A. Organisme gestionnaire", RUBRIQUE],
          ["", RUBRIQUE],
          ["", RUBRIQUE],
        ],
        saisie("Raison sociale de l'organisme gestionnaire", "Association"),
        saisie("N° FINESS juridique", "440018703", "@"),
        saisie("Date de l'arrêté d'autorisation du siège", 44361, "dd/mm/yyyy"),
        saisie("Taux de frais de siège autorisé", "", "0.00%"),
        ...tableau(
          ["N° FINESS", "Établissement ou service", "Catégorie", "Capacité"],
          ["440020139", "IME", "IME", 42],
        ),
        [
          ["Total", GRIS],
          ["", GRIS],
          ["", GRIS],
          [42, GRIS, "#,##0"],
        ],
      ],
    ],
    ["Axe 1-1 Enfance", AXE_1, axe("Axe 1-1 : ESMS du secteur Enfance"), LISTE(3)],
    ["Axe 1-2 Adultes", AXE_1, axe("Axe 1-2 : ESMS du secteur Adultes"), LISTE(3)],
    ["Axe 1-3 Coopérations", AXE_1, axe("Axe 1-3 : Coopérations et partenariats")],
    [
      "Axe 2 Qualité",
      "Annexe 2-A — Axe 2 : Bientraitance, démarche qualité et maîtrise des risques",
      axe("Axe 2 : Bientraitance, démarche qualité et maîtrise des risques"),
      LISTE(3),
    ],
    [
      "Axe 3 Efficience",
      "Annexe 2-A — Axe 3 : Efficience et innovation des organisations",
      axe("Axe 3 : Efficience et innovation des organisations"),
    ],
    [
      "2-B FLASH",
      "Annexe 2-B — Indicateurs FLASH",
      tableau(
        ["N° FINESS", "Établissement ou service", "Part des projets personnalisés", "CVS"],
        ["440020139", "IME", 0.762, "Oui"],
      ),
    ],
    [
      "2-C ANAP",
      "Annexe 2-C — Indicateurs ANAP (Tableau de bord de la performance)",
      tableau(
        ["N° FINESS", "Établissement ou service", "Taux d'occupation", "Taux d'absentéisme"],
        ["440020139", "IME", 0.93, 0.08],
      ),
    ],
    [
      "2-D Indic. compl.",
      "Annexe 2-D — Indicateurs complémentaires",
      [
        [
          ["Indicateur", SECTION],
          ["Numérateur", SECTION],
          ["Dénominateur", SECTION],
        ],
        ["Part des enfants scolarisés", [40, BLEU, "#,##0"], [52, BLEU, "#,##0"]],
        ["Part des sorties vers le milieu ordinaire", ["", BLEU, "#,##0"], ["", BLEU, "#,##0"]],
      ],
    ],
    [
      "2-E Financier",
      "Annexe 2-E — Diagnostic budgétaire et financier",
      [
        [
          ["Rubrique", SECTION],
          ["2022", SECTION],
          ["2023", SECTION],
          ["2024", SECTION],
        ],
        ["Résultat comptable", [12000, BLEU, "#,##0"], [-3000, BLEU, "#,##0"], ["", BLEU]],
        ["Fonds de roulement", [45000, BLEU, "#,##0"], ["", BLEU], ["", BLEU]],
      ],
    ],
    [
      "2-F Creton",
      "Annexe 2-F — Activité des plus de 20 ans en amendement Creton au 31/12/2024",
      tableau(
        ["N° FINESS", "Établissement ou service", "Internat", "Orientation FAM"],
        ["440020139", "IME", 2, 1],
      ),
    ],
    [
      "2-G Départementaux",
      "Annexe 2-G — Indicateurs départementaux",
      tableau(
        ["N° FINESS", "Établissement ou service", "Bénéficiaires de l'aide sociale"],
        ["440020139", "FAM", 18],
      ),
    ],
  ];
  return {
    settings: {},
    sheets: [
      ...feuilles.map(([nom, t, lignes, validations], i) =>
        feuille(i, nom, [titre(t, 4), ...lignes], validations),
      ),
      feuille(feuilles.length, "Listes", [
        ["Réponses des axes", "Oui / Non"],
        ["Oui", "Oui"],
        ["Non", "Non"],
      ]),
    ],
  };
}

/**
 * Chauffe : `calculer` (le sommaire du fil) sur le classeur miniature, résultat jeté, erreur
 * avalée (la chauffe ne doit jamais rien montrer). Rend sa durée (ms), pour la mesure.
 */
export function chauffer(calculer: (s: WorkbookSnapshot) => unknown): number {
  const debut = performance.now();
  try {
    calculer(instantaneDeChauffe());
  } catch {
    // Sans effet : la vraie demande dira sa propre erreur, s'il y en a une.
  }
  return performance.now() - debut;
}
