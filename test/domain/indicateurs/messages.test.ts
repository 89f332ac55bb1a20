import type { CellValue } from "../../../src/domain/classeur/snapshot";
import { interpoler } from "../../../src/domain/erreurs/gabarit";
import { ratio, somme } from "../../../src/domain/indicateurs/calcul";
import { LIBELLES_RAISON } from "../../../src/domain/indicateurs/format";
import {
  MESSAGES_INDICATEURS,
  rendreIndicateur,
  type CodeIndicateur,
} from "../../../src/domain/indicateurs/messages";
import { evaluer } from "../../../src/domain/indicateurs/moteur";
import { PART_BORNEE } from "../../../src/domain/indicateurs/seuils";
import type {
  DefinitionIndicateur,
  EntreeInstance,
  Instance,
  Raison,
  ResultatIndicateur,
} from "../../../src/domain/indicateurs/types";
import { verifierFormules, type EcartFormule } from "../../../src/domain/indicateurs/verification";
import { champ, financier, ligne2E } from "./fabrique";

/**
 * Catalogue des messages des indicateurs (ADR 0024) : chaque code se rend sans `{{` restant, et
 * chaque code est produit par le calcul ou la vérification, au texte attendu mot pour mot.
 */

/** Codes dont un cas a été joué (les describe s'exécutent dans l'ordre du fichier). */
const couverts = new Set<CodeIndicateur>();

describe("catalogue des indicateurs", () => {
  it.each(Object.keys(MESSAGES_INDICATEURS))("« %s » : code stable, texte bien formé", (code) => {
    expect(code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    const texte = MESSAGES_INDICATEURS[code as CodeIndicateur];
    expect(texte.trim()).not.toBe("");
    const params = Object.fromEntries(
      [...texte.matchAll(/\{\{([a-zA-Z0-9]+)/g)].map((m) => [m[1] ?? "", 2]),
    );
    expect(interpoler(texte, params)).not.toMatch(/\{\{|\}\}/);
  });

  it("les raisons affichées sont celles du catalogue", () => {
    for (const [raison, texte] of Object.entries(LIBELLES_RAISON))
      expect(rendreIndicateur({ code: `raison/${raison as Raison}`, params: {} })).toBe(texte);
  });
});

// --- Calcul : une part numérateur / dénominateur (seuils d'une part), ou une somme. ---

const PART: DefinitionIndicateur = {
  id: "test.part",
  libelle: "Part testée",
  unite: "%",
  granularite: "esms",
  onglet: "complementaires-2d",
  source: "",
  entrees: [],
  formule: "",
  formuleEnMots: "numérateur / dénominateur",
  sens: "hausse",
  calculer: (e) => ratio(e.numerateur ?? NaN, e.denominateur ?? NaN),
  seuils: PART_BORNEE,
  reference: "",
};
const SANS_SENS: DefinitionIndicateur = { ...PART, calculer: () => "non-applicable" };
const SOMME: DefinitionIndicateur = {
  ...PART,
  id: "test.somme",
  libelle: "Total testé",
  unite: "€",
  agregat: true,
  formuleEnMots: "somme des lignes",
  calculer: (e) => somme(Object.values(e)),
  seuils: [],
  uniteEntrees: "€",
};

function resultat(
  def: DefinitionIndicateur,
  valeurs: readonly (CellValue | null)[],
  note?: string,
): ResultatIndicateur {
  const cles = def.agregat ? valeurs.map((_, i) => `l${i + 1}`) : ["numerateur", "denominateur"];
  const entrees: EntreeInstance[] = valeurs.map((v, i) => ({
    cle: cles[i] ?? "",
    libelle: cles[i] ?? "",
    champ: champ(v),
  }));
  const instance: Instance = {
    definition: def,
    perimetre: { cle: "440000024", libelle: "IME Les Tilleuls", exercice: "2023" },
    entrees,
    ...(note ? { note } : {}),
  };
  return evaluer(instance);
}

const DEBUT = "Part testée (IME Les Tilleuls, 2023) = numérateur / dénominateur ; avec ";

describe("explication d'un résultat (une phrase par cas)", () => {
  it.each<[CodeIndicateur, DefinitionIndicateur, (CellValue | null)[], string | undefined, string]>(
    [
      [
        "explication/entree",
        PART,
        [3, 4],
        undefined,
        `${DEBUT}numerateur = 3 ; denominateur = 4 → 75,0\u00a0%.`,
      ],
      [
        "raison/donnee-manquante",
        PART,
        [null, 4],
        undefined,
        `${DEBUT}numerateur = vide ; denominateur = 4 → non calculé : une donnée n'est pas renseignée.`,
      ],
      [
        "raison/denominateur-nul",
        PART,
        [3, 0],
        undefined,
        `${DEBUT}numerateur = 3 ; denominateur = 0 → non calculé : le dénominateur vaut zéro.`,
      ],
      [
        "raison/texte-non-numerique",
        PART,
        ["trois", 4],
        undefined,
        `${DEBUT}numerateur = « trois » ; denominateur = 4 → non calculé : une donnée contient un texte qui n'est pas un nombre.`,
      ],
      [
        "raison/valeur-erreur",
        PART,
        ["#REF!", 4],
        undefined,
        `${DEBUT}numerateur = « #REF! » ; denominateur = 4 → non calculé : une donnée contient une valeur d'erreur.`,
      ],
      [
        "raison/non-applicable",
        SANS_SENS,
        [3, 4],
        undefined,
        `${DEBUT}numerateur = 3 ; denominateur = 4 → non calculé : l'indicateur n'a pas de sens ici.`,
      ],
      [
        "explication/entree-lue-dans-texte",
        PART,
        ["3,5", 4],
        undefined,
        `${DEBUT}numerateur = 3,5 (lu dans le texte « 3,5 ») ; denominateur = 4 → 87,5\u00a0%.`,
      ],
      [
        "explication/vides-ignorees",
        SOMME,
        [100, null, 50],
        undefined,
        "Total testé (IME Les Tilleuls, 2023) = somme des lignes ; avec l1 = 100\u00a0€ ; l2 = vide ; l3 = 50\u00a0€ → 150\u00a0€ (1 cellule(s) vide(s) ignorée(s), comme SOMME).",
      ],
      [
        "explication/notes",
        PART,
        [1, 2],
        "effectif de fin d'année",
        `${DEBUT}numerateur = 1 ; denominateur = 2 → 50,0\u00a0% (effectif de fin d'année).`,
      ],
      [
        "explication/calcul",
        SOMME,
        [],
        undefined,
        "Total testé (IME Les Tilleuls, 2023) = somme des lignes → non calculé : une donnée n'est pas renseignée.",
      ],
    ],
  )("%s", (code, def, valeurs, note, attendu) => {
    couverts.add(code);
    expect(resultat(def, valeurs, note).explication).toBe(attendu);
  });
});

describe("alerte de seuil", () => {
  it("alerte/seuil : indicateur, condition, signification ; message en données", () => {
    couverts.add("alerte/seuil");
    const [a, ...autres] = resultat(PART, [5, 4]).alertes;
    expect(autres).toEqual([]);
    expect(a).toEqual({
      gravite: "erreur",
      code: "alerte/seuil",
      params: {
        indicateur: "Part testée",
        condition: "> 100 %",
        signification: "le numérateur dépasse le dénominateur, ce qui est impossible pour une part",
      },
      message:
        "Part testée > 100 % : le numérateur dépasse le dénominateur, ce qui est impossible pour une part",
      source: "Définition d'une part (indicateurs.md §4) [INFÉRENCE]",
    });
  });
});

// --- Écarts de formules : BFR = B11 − B12 (E3, exercice 2023), cellule du BFR en C10. ---

function ecarts(cache: CellValue | null, formule: string | null, b12: CellValue = 400) {
  const lignes = [
    ligne2E("B11", { "2023": champ(1_000, { row: 7, col: 2 }) }),
    ligne2E("B12", { "2023": champ(b12, { row: 8, col: 2 }) }),
    ligne2E("bfr", { "2023": champ(cache, { formule, saisie: false, row: 9, col: 2 }) }),
  ];
  return verifierFormules(financier(["2023"], { "e3-financier": lignes }));
}

describe("écarts de formules (une phrase par code)", () => {
  it.each<[CodeIndicateur, EcartFormule["code"], () => EcartFormule[], string]>([
    [
      "ecart/formule-perimee",
      "ecart/formule-perimee",
      () => ecarts(650, "=C8-C9"),
      "Formule incohérente ou non recalculée : Besoin en fonds de roulement (Organisme, 2023) vaut 650\u00a0€ dans le classeur (2-E!C10) mais 600\u00a0€ d'après les données saisies.",
    ],
    [
      "ecart/cache-vide",
      "ecart/formule-perimee",
      () => ecarts("", "=C8-C9"),
      "Formule incohérente ou non recalculée : Besoin en fonds de roulement (Organisme, 2023) vaut vide dans le classeur (2-E!C10) mais 600\u00a0€ d'après les données saisies.",
    ],
    [
      "ecart/non-calculable",
      "ecart/formule-perimee",
      () => ecarts(650, "=C8-C9", "#REF!"),
      "Formule incohérente ou non recalculée : Besoin en fonds de roulement (Organisme, 2023) vaut 650\u00a0€ dans le classeur (2-E!C10) mais non calculable d'après les données saisies.",
    ],
    [
      "ecart/formule-remplacee-saisie",
      "ecart/formule-remplacee-saisie",
      () => ecarts(600, null),
      "La cellule 2-E!C10 devrait être calculée mais contient une valeur saisie (600) : formule remplacée par une valeur tapée. Calcul attendu pour Besoin en fonds de roulement (Organisme, 2023) : 600\u00a0€.",
    ],
    [
      "ecart/formule-remplacee-vide",
      "ecart/formule-remplacee-vide",
      () => ecarts(null, null),
      "La cellule 2-E!C10 devrait être calculée mais est vide : formule remplacée par une valeur tapée. Calcul attendu pour Besoin en fonds de roulement (Organisme, 2023) : 600\u00a0€.",
    ],
    [
      "ecart/texte-dans-nombre",
      "ecart/texte-dans-nombre",
      () => ecarts(600, "=C8-C9", "400,0").filter((e) => e.type === "texte-dans-nombre"),
      "2-E!C9 contient du texte (« 400,0 ») lu comme 400 ; les formules du classeur l'ignorent.",
    ],
  ])("%s", (code, codeEcart, produire, attendu) => {
    couverts.add(code);
    const [e, ...autres] = produire();
    expect(autres).toEqual([]);
    expect(e?.message).toBe(attendu);
    expect(e?.code).toBe(codeEcart);
    // Le message en données rend le même texte (un seul rendu).
    if (e) expect(rendreIndicateur(e)).toBe(attendu);
  });
});

describe("couverture", () => {
  // Produits en chemin par les cas ci-dessus (le code d'un cas est celui qu'il isole).
  const EN_CHEMIN: readonly CodeIndicateur[] = [
    "explication/avec",
    "explication/entree-vide",
    "explication/entree-texte",
    "explication/non-calcule",
  ];

  it("chaque code du catalogue a son cas", () => {
    expect([...couverts, ...EN_CHEMIN].sort()).toEqual(Object.keys(MESSAGES_INDICATEURS).sort());
  });
});
