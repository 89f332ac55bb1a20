import type { Location } from "../classeur/snapshot";
import type { TypeOnglet } from "../classeur/types-onglet";
import type { DefinitionIndicateur, Entrees } from "../indicateurs/types";
import { metaDuSeuil, seuilFranchi, seuilsControles } from "./seuil";
import type { Controle, Parametre, VueControle } from "./types";

/**
 * Contrôle d'un seuil déclaré sur des indicateurs (`Seuil.controle`), appliqué ligne à ligne (un
 * établissement de 2-F) comme le fait `seuil2D` colonne à colonne pour 2-D : le contrôle lit
 * lui-même, sur chaque ligne, le taux de chaque indicateur qui porte le seuil ; la condition (`si`,
 * et `aussi`) et la gravité sont celles du seuil, les textes ceux de son `controle`.
 */

/** Ce que dit le constat d'une ligne : paramètres du message et cellules désignées. */
export interface ConstatLigne {
  readonly data: Readonly<Record<string, Parametre>>;
  readonly a: readonly Location[];
}

/** Taux d'un indicateur sur une ligne, et son constat (construit seulement si le seuil est franchi). */
export interface MesureLigne {
  readonly valeur: number;
  readonly entrees?: Entrees;
  readonly constat: () => ConstatLigne;
}

export interface DeclarationSeuilParLigne<L> {
  /** Id du contrôle porté par le seuil (`Seuil.controle.id`). */
  readonly id: string;
  /** Définitions où chercher le seuil. */
  readonly definitions: readonly DefinitionIndicateur[];
  /** Onglets lus (défaut : ceux des indicateurs qui portent le seuil). */
  readonly onglets?: readonly TypeOnglet[];
  readonly lignes: (vue: VueControle) => Iterable<L>;
  /**
   * Pour chaque indicateur qui porte le seuil (tous, et eux seuls : vérifié au chargement), son taux
   * sur la ligne ; `undefined` : pas de taux (dénominateur absent ou non positif) ou ligne hors du
   * contrôle. Les indicateurs sont essayés dans l'ordre des définitions.
   */
  readonly mesures: Readonly<Record<string, (l: L, vue: VueControle) => MesureLigne | undefined>>;
  /**
   * Constat écrit à la main, pour ce que le seuil ne peut pas voir (taux non défini) ; essayé avant
   * les mesures. Doit exclure les lignes où une mesure existe.
   */
  readonly horsSeuil?: (l: L, vue: VueControle) => ConstatLigne | undefined;
}

/**
 * Contrôle ligne à ligne d'un seuil : au plus un constat par ligne, celui de `horsSeuil` s'il y en
 * a un, sinon celui du premier indicateur dont le taux franchit le seuil.
 */
export function seuilParLigne<L>(d: DeclarationSeuilParLigne<L>): Controle {
  const s = seuilsControles(d.definitions).get(d.id);
  if (!s) throw new Error(`Contrôle de seuil ${d.id} : aucun seuil d'indicateur ne le déclare.`);
  const cles = Object.keys(d.mesures);
  const manquantes = s.indicateurs.filter((id) => !cles.includes(id));
  const enTrop = cles.filter((id) => !s.indicateurs.includes(id));
  if (manquantes.length > 0 || enTrop.length > 0)
    throw new Error(
      `Contrôle de seuil ${d.id} : mesures à revoir (manquantes : ${manquantes.join(", ") || "aucune"} ; ` +
        `sans le seuil : ${enTrop.join(", ") || "aucune"}).`,
    );
  const mesures = s.indicateurs.map(
    (id) => d.mesures[id] as NonNullable<(typeof d.mesures)[string]>,
  );
  const meta = metaDuSeuil(s);
  const cle = s.controle.cleMessage ?? "seuil";
  return {
    meta: { ...meta, onglets: [...(d.onglets ?? meta.onglets)] },
    run(vue, signaler) {
      const signalerLigne = (c: ConstatLigne) => signaler({ messageId: cle, data: c.data, a: c.a });
      for (const l of d.lignes(vue)) {
        const hors = d.horsSeuil?.(l, vue);
        if (hors) {
          signalerLigne(hors);
          continue;
        }
        for (const mesurer of mesures) {
          const m = mesurer(l, vue);
          if (!m || !seuilFranchi(s, m.valeur, m.entrees ?? {})) continue;
          signalerLigne(m.constat());
          break;
        }
      }
    },
  };
}
