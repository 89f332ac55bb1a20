import { enregistrerMesure } from "./mesures";
import { mesurerPhases, PHASES } from "./phases-analyse";

const TOURS = 15;

/**
 * Analyse pure phase par phase (médiane de 15 tours sur instantanés neufs, voir phases-analyse.ts) :
 * lecture (hôte simulé, sans latence), typage, reconnaissance, repérage, complétude, indicateurs
 * (et vérification des formules), contrôles ; `analyseMs` : `analyserInstantane` de bout en bout ;
 * `analyseFroideMs` : la même, mémoires par texte vidées avant (première analyse d'un processus).
 */
enregistrerMesure({
  id: "analyse",
  titre: "Analyse pure par phase (ms, médiane de 15 tours sur instantanés neufs)",
  async executer(c) {
    const m = await mesurerPhases(c.snapshot, TOURS);
    return {
      syncs: m.syncsLecture,
      constats: m.constats,
      ...Object.fromEntries(PHASES.map((p) => [`${p}Ms`, m.phases[p]])),
      sommePhasesMs: m.sommePhasesMs,
      analyseMs: m.analyseMs,
      analyseFroideMs: m.analyseFroideMs,
      tempsMs: m.analyseMs,
      tempsModele: `médiane de ${m.tours} (instantanés neufs)`,
    };
  },
});
