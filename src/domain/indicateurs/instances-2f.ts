import type { Champ, DiagnosticRepere, LigneCreton } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { INDICATEURS_2F } from "./creton-2f";
import { clePerimetre, texteChamp, trouverEsms } from "./esms";
import type { EntreeInstance, Instance, Perimetre } from "./types";

/** Instances de la famille `creton` (onglet 2-F, capacité lue dans l'Annexe 1). */

const PAR_ID = new Map(INDICATEURS_2F.map((d) => [d.id, d]));
const def = (nom: string) => PAR_ID.get(`creton.${nom}`)!;
const ORGANISME: Perimetre = { cle: "organisme", libelle: "Organisme" };

type Cellule2F = LigneCreton["valeurs"][number];

/** Entrées d'une ligne de 2-F, une par cellule mode × orientation (construites une fois). */
function entreesLigne(l: LigneCreton): EntreeInstance[] {
  const esms = texteChamp(l.nom) || texteChamp(l.finess);
  return l.valeurs.map((v) => ({
    cle: `${l.row}:${v.mode}.${v.orientation}`,
    libelle: `${esms} ${v.mode} ${v.orientation}`,
    champ: v.champ,
  }));
}

function avec(cle: string, libelle: string, champ: Champ | undefined): EntreeInstance[] {
  return [{ cle, libelle, facultative: false, ...(champ ? { champ } : {}) }];
}

/**
 * Effectif au 31/12 des ESMS dans 2-D : dénominateur de « Creton » ou des « personnes au 31/12 ».
 * Index construit une fois (colonnes des indicateurs candidats, dans l'ordre) ; une recherche
 * rend la première colonne du premier candidat dont le périmètre désigne l'ESMS.
 */
function indexEffectifs(
  repere: DiagnosticRepere,
): (finess: string, nom: string) => Champ | undefined {
  const indicateurs = repere.complementaires2d?.indicateurs ?? [];
  const candidats = [
    ...indicateurs.filter((i) => normaliserTexte(i.intitule).includes("creton")),
    ...indicateurs.filter((i) =>
      normaliserTexte(i.libelleDenominateur).includes("personnes accompagnees"),
    ),
  ];
  // Par candidat : clé de périmètre (sans espaces, ou normalisée) → rang de la première colonne.
  const index = candidats.map((ind) => {
    const rangs = new Map<string, number>();
    ind.colonnes.forEach((c, k) => {
      for (const cle of [c.perimetre.replace(/\s/g, ""), normaliserTexte(c.perimetre)]) {
        if (!rangs.has(cle)) rangs.set(cle, k);
      }
    });
    return { ind, rangs };
  });
  return (finess, nom) => {
    const cibles = [finess, normaliserTexte(nom)].filter(Boolean);
    for (const { ind, rangs } of index) {
      let rang: number | undefined;
      for (const x of cibles) {
        const k = rangs.get(x);
        if (k !== undefined && (rang === undefined || k < rang)) rang = k;
      }
      if (rang !== undefined) return ind.colonnes[rang]?.denominateur;
    }
    return undefined;
  };
}

function parEsms(
  repere: DiagnosticRepere,
  l: LigneCreton,
  toutes: readonly EntreeInstance[],
  effectif2D: (finess: string, nom: string) => Champ | undefined,
): Instance[] {
  const nom = texteChamp(l.nom);
  const ligneA1 = trouverEsms(repere.annexe1, texteChamp(l.finess), nom);
  const cle = clePerimetre(ligneA1, texteChamp(l.finess) || nom);
  const perimetre = { cle, libelle: nom || cle };
  const internat = toutes.filter((_, k) => l.valeurs[k]?.mode === "internat");
  const note = ligneA1 ? undefined : "établissement non trouvé dans l'Annexe 1 (FINESS ou nom)";
  const effectif = effectif2D(cle, nom);
  return [
    {
      definition: def("total-esms"),
      perimetre,
      entrees: toutes,
      ...(l.total ? { resultat: l.total } : {}),
    },
    {
      definition: def("taux-capacite"),
      perimetre,
      ...(note ? { note } : {}),
      entrees: [
        ...toutes,
        ...avec("capacite", "capacité totale autorisée (Annexe 1)", ligneA1?.champs.capacite),
      ],
    },
    ...(internat.length > 0
      ? [
          {
            definition: def("taux-capacite-internat"),
            perimetre,
            ...(note ? { note } : {}),
            entrees: [
              ...internat,
              ...avec("capacite", "dont capacité en internat (Annexe 1)", ligneA1?.champs.internat),
            ],
          },
        ]
      : []),
    ...(effectif
      ? [
          {
            definition: def("taux-effectif"),
            perimetre,
            entrees: [
              ...toutes,
              ...avec("effectif", "personnes accompagnées au 31/12 (2-D)", effectif),
            ],
          },
        ]
      : []),
  ];
}

/** Entrées regroupées par `cle` de cellule (ordre des lignes, puis des cellules). */
function groupes<K extends string>(
  lignes: readonly LigneCreton[],
  entrees: readonly (readonly EntreeInstance[])[],
  cle: (v: Cellule2F) => K,
) {
  const m = new Map<K, EntreeInstance[]>();
  lignes.forEach((l, i) =>
    l.valeurs.forEach((v, k) => {
      const e = entrees[i]?.[k];
      if (!e) return;
      const g = m.get(cle(v));
      if (g) g.push(e);
      else m.set(cle(v), [e]);
    }),
  );
  return m;
}

export function instances2F(repere: DiagnosticRepere): Instance[] {
  const zone = repere.creton2f;
  if (!zone) return [];
  const { lignes, total } = zone;
  const parLigne = lignes.map(entreesLigne);
  const toutes = parLigne.flat();
  const effectif2D = indexEffectifs(repere);
  const totalColonne = (c: string) =>
    total?.valeurs.find((v) => `${v.mode}.${v.orientation}` === c)?.champ;
  return [
    ...lignes.flatMap((l, i) => parEsms(repere, l, parLigne[i] ?? [], effectif2D)),
    ...[...groupes(lignes, parLigne, (v) => `${v.mode}.${v.orientation}`)].map(
      ([c, entrees]): Instance => {
        const resultat = totalColonne(c);
        return {
          definition: def("total-colonne"),
          perimetre: { cle: c, libelle: c.replace(".", " ") },
          entrees,
          ...(resultat ? { resultat } : {}),
        };
      },
    ),
    ...[...groupes(lignes, parLigne, (v) => v.mode)].map(([c, entrees]): Instance => ({
      definition: def("total-mode"),
      perimetre: { cle: c, libelle: c },
      entrees,
    })),
    ...[...groupes(lignes, parLigne, (v) => v.orientation)].map(([c, entrees]): Instance => ({
      definition: def("total-orientation"),
      perimetre: { cle: c, libelle: c },
      entrees,
    })),
    {
      definition: def("total"),
      perimetre: ORGANISME,
      entrees: toutes,
      ...(total?.total ? { resultat: total.total } : {}),
    },
    { definition: def("part-medicalisee"), perimetre: ORGANISME, entrees: toutes },
  ];
}
