import type { Champ, DiagnosticRepere, LigneCreton } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { INDICATEURS_2F } from "./creton-2f";
import { clePerimetre, texteChamp, trouverEsms } from "./esms";
import type { EntreeInstance, Instance, Perimetre } from "./types";

/** Instances de la famille `creton` (onglet 2-F, capacité lue dans l'Annexe 1). */

const def = (nom: string) => INDICATEURS_2F.find((d) => d.id === `creton.${nom}`)!;
const ORGANISME: Perimetre = { cle: "organisme", libelle: "Organisme" };

type Cellule2F = LigneCreton["valeurs"][number];

function entree(l: LigneCreton, v: Cellule2F): EntreeInstance {
  const esms = texteChamp(l.nom) || texteChamp(l.finess);
  return {
    cle: `${l.row}:${v.mode}.${v.orientation}`,
    libelle: `${esms} ${v.mode} ${v.orientation}`,
    champ: v.champ,
  };
}

function avec(cle: string, libelle: string, champ: Champ | undefined): EntreeInstance[] {
  return [{ cle, libelle, facultative: false, ...(champ ? { champ } : {}) }];
}

/** Effectif au 31/12 de l'ESMS dans 2-D : dénominateur de « Creton » ou des « personnes au 31/12 ». */
function effectif2D(repere: DiagnosticRepere, finess: string, nom: string): Champ | undefined {
  const indicateurs = repere.complementaires2d?.indicateurs ?? [];
  const candidats = [
    ...indicateurs.filter((i) => normaliserTexte(i.intitule).includes("creton")),
    ...indicateurs.filter((i) =>
      normaliserTexte(i.libelleDenominateur).includes("personnes accompagnees"),
    ),
  ];
  const cibles = [finess, normaliserTexte(nom)].filter(Boolean);
  for (const ind of candidats) {
    const col = ind.colonnes.find((c) => {
      const p = c.perimetre.replace(/\s/g, "");
      return cibles.some((x) => x === p || x === normaliserTexte(c.perimetre));
    });
    if (col) return col.denominateur;
  }
  return undefined;
}

function parEsms(repere: DiagnosticRepere, l: LigneCreton): Instance[] {
  const nom = texteChamp(l.nom);
  const ligneA1 = trouverEsms(repere.annexe1, texteChamp(l.finess), nom);
  const cle = clePerimetre(ligneA1, texteChamp(l.finess) || nom);
  const perimetre = { cle, libelle: nom || cle };
  const toutes = l.valeurs.map((v) => entree(l, v));
  const internat = l.valeurs.filter((v) => v.mode === "internat").map((v) => entree(l, v));
  const note = ligneA1 ? undefined : "établissement non trouvé dans l'Annexe 1 (FINESS ou nom)";
  const effectif = effectif2D(repere, cle, nom);
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

function groupes<K extends string>(lignes: readonly LigneCreton[], cle: (v: Cellule2F) => K) {
  const m = new Map<K, EntreeInstance[]>();
  for (const l of lignes)
    for (const v of l.valeurs) m.set(cle(v), [...(m.get(cle(v)) ?? []), entree(l, v)]);
  return m;
}

export function instances2F(repere: DiagnosticRepere): Instance[] {
  const zone = repere.creton2f;
  if (!zone) return [];
  const { lignes, total } = zone;
  const toutes = lignes.flatMap((l) => l.valeurs.map((v) => entree(l, v)));
  const totalColonne = (c: string) =>
    total?.valeurs.find((v) => `${v.mode}.${v.orientation}` === c)?.champ;
  return [
    ...lignes.flatMap((l) => parEsms(repere, l)),
    ...[...groupes(lignes, (v) => `${v.mode}.${v.orientation}`)].map(([c, entrees]): Instance => {
      const resultat = totalColonne(c);
      return {
        definition: def("total-colonne"),
        perimetre: { cle: c, libelle: c.replace(".", " ") },
        entrees,
        ...(resultat ? { resultat } : {}),
      };
    }),
    ...[...groupes(lignes, (v) => v.mode)].map(([c, entrees]): Instance => ({
      definition: def("total-mode"),
      perimetre: { cle: c, libelle: c },
      entrees,
    })),
    ...[...groupes(lignes, (v) => v.orientation)].map(([c, entrees]): Instance => ({
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
