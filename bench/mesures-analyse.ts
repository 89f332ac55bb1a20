import { localiser, reconnaitreOnglets } from "../src/domain/classeur/reconnaissance";
import { creerVue, executerControles } from "../src/domain/controles";
import { calculerIndicateurs, verifierFormules } from "../src/domain/indicateurs";
import { completude } from "../src/domain/saisie";
import { enregistrerMesure } from "./mesures";

const maintenant = () => performance.now();
const REPETITIONS = 5;

/** Médiane de `n` exécutions (ms, une décimale) ; le premier tour chauffe le JIT. */
function mediane(f: () => unknown, n = REPETITIONS): number {
  f();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = maintenant();
    f();
    t.push(maintenant() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round((t[Math.floor(n / 2)] ?? 0) * 10) / 10;
}

/** Analyse pure sur l'instantané (aucune sync) : étape par étape, temps médian. */
enregistrerMesure({
  id: "analyse",
  titre: "Analyse pure : reconnaissance, repérage, complétude, indicateurs, contrôles",
  executer(c) {
    const s = c.snapshot;
    const onglets = reconnaitreOnglets(s);
    const repere = localiser(s, onglets);
    const vue = () => creerVue({ snapshot: s, onglets, repere });
    const indicateurs = calculerIndicateurs(repere);
    const constats = executerControles(vue());
    return Promise.resolve({
      syncs: 0,
      indicateurs: indicateurs.length,
      constats: constats.length,
      reconnaissanceMs: mediane(() => reconnaitreOnglets(s)),
      reperageMs: mediane(() => localiser(s, onglets)),
      completudeMs: mediane(() => completude(s, onglets, repere)),
      indicateursMs: mediane(() => {
        calculerIndicateurs(repere);
        verifierFormules(repere);
      }),
      controlesMs: mediane(() => executerControles(vue())),
      tempsMs: mediane(() => {
        const o = reconnaitreOnglets(s);
        const r = localiser(s, o);
        completude(s, o, r);
        executerControles(creerVue({ snapshot: s, onglets: o, repere: r }));
      }),
      tempsModele: "médiane de 5 (calcul seul)",
    });
  },
});
