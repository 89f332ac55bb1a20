import { TYPES_AXES } from "../classeur/catalogue/listes";
import type { DiagnosticRepere } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import type { OngletReconnu, TypeOnglet } from "../classeur/types-onglet";
import type { Controle, VueControle } from "./types";

/**
 * `classeur/zone-introuvable` : une zone du modèle que le repérage n'a pas trouvée (ou trouvée
 * vide) dans un onglet reconnu est elle-même un constat — jamais « 0 constat » sur un onglet que le
 * complément n'a pas su lire. Le message dit ce qui a été cherché (avertissements du repérage).
 */

interface ZoneAttendue {
  readonly type: TypeOnglet;
  readonly zone: string;
  readonly trouvee: (r: DiagnosticRepere) => boolean;
}

const avecValeurs = (t: DiagnosticRepere["flash2b"]) =>
  (t?.esms ?? []).some((e) => Object.keys(e.valeurs).length > 0);

/** Zones du modèle, par type d'onglet (classeur-diagnostic.md §5). */
export const ZONES_ATTENDUES: readonly ZoneAttendue[] = [
  { type: "annexe-1", zone: "l'identification de l'organisme", trouvee: (r) => Object.keys(r.annexe1?.organisme ?? {}).length > 0 },
  { type: "annexe-1", zone: "le tableau des ESMS", trouvee: (r) => (r.annexe1?.esms.length ?? 0) > 0 },
  { type: "flash-2b", zone: "le tableau des indicateurs FLASH", trouvee: (r) => avecValeurs(r.flash2b) },
  { type: "anap-2c", zone: "le tableau des indicateurs ANAP", trouvee: (r) => avecValeurs(r.anap2c) },
  { type: "departementaux-2g", zone: "le tableau des indicateurs départementaux", trouvee: (r) => avecValeurs(r.departementaux2g) },
  { type: "complementaires-2d", zone: "les indicateurs complémentaires", trouvee: (r) => (r.complementaires2d?.indicateurs.length ?? 0) > 0 },
  { type: "creton-2f", zone: "le tableau Creton", trouvee: (r) => (r.creton2f?.lignes.length ?? 0) > 0 },
  ...TYPES_AXES.map(
    (type): ZoneAttendue => ({
      type,
      zone: "les thématiques",
      trouvee: (r) => r.axes.some((a) => a.onglet.type === type && a.thematiques.length > 0),
    }),
  ),
  ...(
    [
      ["e1-resultats", "le tableau des résultats par autorité (E1)"],
      ["e2-reserves", "le tableau des réserves (E2)"],
      ["e3-financier", "le tableau des indicateurs financiers (E3)"],
      ["e4-retraites", "le tableau des départs en retraite (E4)"],
      ["e5-effectifs", "le tableau des effectifs (E5)"],
      ["e6-frais-siege", "le tableau des frais de siège (E6)"],
    ] as const
  ).map(
    ([cle, zone]): ZoneAttendue => ({
      type: "financier-2e",
      zone,
      trouvee: (r) => (r.financier2e?.tableaux[cle]?.lignes.length ?? 0) > 0,
    }),
  ),
]; // prettier-ignore

const debut = (o: OngletReconnu): Location => ({
  sheetId: o.sheetId,
  sheetName: o.nom,
  row: 0,
  col: 0,
});

/** Ce que le repérage dit de l'onglet (avertissements), ou ce qui a été cherché par défaut. */
function cherche(vue: VueControle, o: OngletReconnu, zone: string): string {
  const dits = vue.repere.avertissements
    .filter((a) => a.sheetId === o.sheetId)
    .map((a) => a.message);
  return dits.length > 0
    ? dits.join(" ; ")
    : `${zone} par ses libellés, dans les deux orientations`;
}

export const CONTROLE_ZONE_INTROUVABLE: Controle = {
  meta: {
    id: "classeur/zone-introuvable",
    gravite: "alerte",
    onglets: [...new Set(ZONES_ATTENDUES.map((z) => z.type))],
    description:
      "Chaque zone du modèle d'un onglet reconnu a été repérée (non vide) ; sinon le complément dit ce qu'il n'a pas lu.",
    messages: {
      zone: "{{zone}} n'a pas été trouvé dans {{onglet}} (recherché : {{cherche}}) : les indicateurs et contrôles qui en dépendent ne sont pas calculés.",
    },
    correction:
      "Vérifier que les titres et les en-têtes du tableau sont présents et lisibles ; si l'onglet n'est pas le bon, corriger son type dans le sommaire.",
    pourquoi:
      "Chaque ARS construit sa mise en page : plutôt qu'un faux « aucun constat », le complément dit ce qu'il n'a pas su lire.",
    source: "[CONFIRMÉ] modèle annuel ; variantes-structure.md",
  },
  run(vue, signaler) {
    for (const z of ZONES_ATTENDUES) {
      const o = vue.onglets.find(
        (x) => x.visible && x.type === z.type && x.doublonDe === undefined,
      );
      if (!o || z.trouvee(vue.repere)) continue;
      const zone = z.zone.charAt(0).toUpperCase() + z.zone.slice(1);
      signaler({
        messageId: "zone",
        data: { zone, onglet: o.nom, cherche: cherche(vue, o, z.zone) },
        a: debut(o),
      });
    }
  },
};
