import { entreeCatalogue } from "../classeur/catalogue/catalogue";
import { estVide } from "../classeur/cellule";
import type { Champ, DiagnosticRepere, Secteur } from "../classeur/modele";
import type { OngletReconnu } from "../classeur/types-onglet";
import { rendu, type MessageDe } from "../erreurs/gabarit";

/**
 * La marche des zones de saisie (issue 17, ADR 0023) : un seul parcours du modèle repéré (jamais
 * d'adresse) qui dit quelles cellules forment chaque zone — section A et tableaux d'ESMS de
 * l'Annexe 1, thématiques et encarts des axes, indicateurs 2-D, tableaux 2-E, tableau 2-F — et,
 * pour chaque champ, s'il est obligatoire. La complétude (`zonesDuRepere`) et les contrôles
 * (`saisiesDuRepere`) n'en sont que des projections.
 */

/** Phrases de zone des constats (« … à compléter dans {{zone}} »), en données (ADR 0015). */
export const PHRASES_ZONE = {
  "zone/organisme": "la section « Organisme gestionnaire »",
  "zone/esms": "le tableau des ESMS {{secteur}}",
  "zone/thematique": "la thématique {{numero}} « {{intitule}} »",
  "zone/encarts": "les encarts",
  "zone/indicateur": "l'indicateur « {{intitule}} »",
  "zone/tableau": "le tableau « {{titre}} »",
  "zone/creton": "le tableau Creton",
} as const;

export type PhraseZone = MessageDe<typeof PHRASES_ZONE>;

const rendre = rendu(PHRASES_ZONE);

/** La phrase française d'une zone (une thématique sans numéro n'a qu'une espace avant « « »). */
export function phraseDeZone(p: PhraseZone): string {
  const texte = rendre(p);
  return p.code === "zone/thematique" ? texte.replace("  ", " ") : texte;
}

export interface ChampDeZone {
  readonly champ: Champ;
  /**
   * Doit être rempli : identification de l'organisme, FINESS / nom / capacité d'une ligne d'ESMS
   * non vide, réponses d'une thématique (hors cases à cocher), valeurs 2-D, 2-E et Creton. Une
   * zone d'un axe de secteur (`ZoneDeSaisie.secteur`) ne l'est que si l'Annexe 1 a ce secteur.
   */
  readonly obligatoire: boolean;
  /**
   * Lu par les contrôles de saisie. Faux pour le FINESS et le nom d'une ligne Creton : comptés par
   * la complétude, contrôlés par la famille `creton`.
   */
  readonly controle: boolean;
}

export interface ZoneDeSaisie {
  /** Clé stable de la complétude (`<sheetId>#organisme`, `<sheetId>#thematique-3`…). */
  readonly cle: string;
  /** Libellé de la complétude (« <onglet> — A. Organisme gestionnaire »). */
  readonly libelle: string;
  /** Phrase de la zone dans les constats, en données (`phraseDeZone`). */
  readonly phrase: PhraseZone;
  readonly onglet: OngletReconnu;
  /** Secteur de l'axe (catalogue) : la zone n'est à remplir que si l'Annexe 1 en a des ESMS. */
  readonly secteur?: Secteur;
  /** Tous les champs repérés de la zone (bleus ou non : la complétude ne compte que les bleus). */
  readonly champs: readonly ChampDeZone[];
}

export interface ChampMarche extends ChampDeZone {
  readonly zone: ZoneDeSaisie;
}

export interface MarcheDesZones {
  /** Zones, dans l'ordre de la complétude (ESMS du secteur Enfance, puis Adultes). */
  readonly zones: readonly ZoneDeSaisie[];
  /** Les mêmes champs, dans l'ordre de la marche (lignes d'ESMS dans l'ordre du tableau). */
  readonly champs: readonly ChampMarche[];
}

const SECTEURS: Readonly<Record<Secteur, string>> = { enfance: "Enfance", adultes: "Adultes" };

const OBLIGATOIRES_ORGANISME = new Set([
  "raison-sociale",
  "finess-juridique",
  "statut-juridique",
  "valeurs-projet-associatif",
]);
const OBLIGATOIRES_ESMS = new Set(["finess", "nom", "capacite"]);

type Zone = Omit<ZoneDeSaisie, "champs"> & { readonly champs: ChampDeZone[] };

export function marcheDesZones(r: DiagnosticRepere): MarcheDesZones {
  const zones: Zone[] = [];
  const champs: ChampMarche[] = [];
  const zone = (
    cle: string,
    libelle: string,
    phrase: PhraseZone,
    onglet: OngletReconnu,
    secteur?: Secteur,
  ): Zone => {
    const z: Zone = { cle, libelle, phrase, onglet, ...(secteur ? { secteur } : {}), champs: [] };
    zones.push(z);
    return z;
  };
  const ajouter = (z: Zone, champ: Champ | undefined, obligatoire: boolean, controle = true) => {
    if (!champ) return;
    const c: ChampMarche = { champ, obligatoire, controle, zone: z };
    z.champs.push(c);
    champs.push(c);
  };

  const a1 = r.annexe1;
  if (a1) {
    const { onglet } = a1;
    const org = zone(
      `${onglet.sheetId}#organisme`,
      `${onglet.nom} — A. Organisme gestionnaire`,
      { code: "zone/organisme", params: {} },
      onglet,
    );
    for (const [cle, c] of Object.entries(a1.organisme)) {
      ajouter(org, c, OBLIGATOIRES_ORGANISME.has(cle));
    }
    // Un tableau par secteur présent (Enfance d'abord) ; ses champs, dans l'ordre des lignes.
    const presents = new Set(a1.esms.map((l) => l.secteur));
    const parSecteur: Partial<Record<Secteur, Zone>> = {};
    for (const secteur of ["enfance", "adultes"] as const) {
      if (!presents.has(secteur)) continue;
      parSecteur[secteur] = zone(
        `${onglet.sheetId}#esms-${secteur}`,
        `${onglet.nom} — ESMS du secteur ${SECTEURS[secteur]}`,
        { code: "zone/esms", params: { secteur } },
        onglet,
      );
    }
    for (const l of a1.esms) {
      const z = parSecteur[l.secteur] as Zone;
      // Une ligne d'ESMS entièrement vide est une ligne en réserve, pas une saisie manquante.
      const remplie = Object.values(l.champs).some((c) => c && !estVide(c.cellule));
      for (const [cle, c] of Object.entries(l.champs)) {
        ajouter(z, c, remplie && OBLIGATOIRES_ESMS.has(cle));
      }
    }
  }
  for (const axe of r.axes) {
    const { onglet } = axe;
    const { sheetId, nom } = onglet;
    const secteur = entreeCatalogue(onglet.type)?.secteur;
    axe.thematiques.forEach((t, i) => {
      const titre = t.numero === null ? t.intitule : `${t.numero}. ${t.intitule}`;
      const z = zone(
        `${sheetId}#thematique-${i + 1}`,
        `${nom} — ${titre}`,
        { code: "zone/thematique", params: { numero: t.numero ?? "", intitule: t.intitule } },
        onglet,
        secteur,
      );
      for (const q of t.questions) {
        for (const rep of q.reponses) ajouter(z, rep, q.type !== "case");
      }
      for (const e of Object.values(t.encarts)) ajouter(z, e, false);
    });
    const encarts = Object.values(axe.encartsOnglet).filter((c) => c !== undefined);
    if (encarts.length > 0) {
      const z = zone(
        `${sheetId}#encarts`,
        `${nom} — encarts de synthèse`,
        { code: "zone/encarts", params: {} },
        onglet,
        secteur,
      );
      for (const e of encarts) ajouter(z, e, false);
    }
  }
  const d = r.complementaires2d;
  if (d) {
    const { sheetId, nom } = d.onglet;
    d.indicateurs.forEach((ind, i) => {
      const z = zone(
        `${sheetId}#indicateur-${i + 1}`,
        `${nom} — ${ind.intitule}`,
        { code: "zone/indicateur", params: { intitule: ind.intitule } },
        d.onglet,
      );
      for (const c of ind.colonnes) {
        ajouter(z, c.numerateur, true);
        ajouter(z, c.denominateur, true);
      }
    });
  }
  const e = r.financier2e;
  if (e) {
    const { sheetId, nom } = e.onglet;
    for (const t of Object.values(e.tableaux)) {
      if (!t) continue;
      const z = zone(
        `${sheetId}#${t.cle}`,
        `${nom} — ${t.titre}`,
        { code: "zone/tableau", params: { titre: t.titre } },
        e.onglet,
      );
      for (const l of t.lignes) {
        for (const c of Object.values(l.valeurs)) ajouter(z, c, true);
      }
    }
  }
  const f = r.creton2f;
  if (f) {
    const { sheetId, nom } = f.onglet;
    const z = zone(
      `${sheetId}#creton`,
      `${nom} — personnes en amendement Creton`,
      { code: "zone/creton", params: {} },
      f.onglet,
    );
    for (const l of f.lignes) {
      ajouter(z, l.finess, false, false);
      ajouter(z, l.nom, false, false);
      for (const v of l.valeurs) ajouter(z, v.champ, true);
    }
  }
  return { zones, champs };
}
