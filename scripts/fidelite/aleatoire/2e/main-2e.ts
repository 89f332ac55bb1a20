import fc from "fast-check";
import { lireClasseurXlsx } from "../../../../src/gateway/xlsx/lire-xlsx";
import { ecrireOnglet2E, miseEnPage2E } from "./ecrire-2e";
import { mesurer2E } from "./mesure-2e";

/**
 * Fidélité du repérage 2-E sur N onglets 2-E aléatoires : `npx tsx
 * scripts/fidelite/aleatoire/2e/main-2e.ts [N=100] [graine=20261203]`. Imprime le nombre de mises en
 * page lues sans écart et les premiers écarts (tableau, cellule, indicateur, semée, fausse erreur).
 */

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100);
  const graine = Number(process.argv[3] ?? 20261203);
  const tirages = fc.sample(miseEnPage2E, { seed: graine, numRuns: n });
  let exactes = 0;
  let valeurs = 0;
  let semees = 0;
  for (const [i, m] of tirages.entries()) {
    const { buffer, verite } = await ecrireOnglet2E(m);
    const e = mesurer2E(await lireClasseurXlsx(buffer), verite);
    valeurs += verite.valeurs.length;
    semees += verite.semees.length;
    const ecarts = Object.entries(e).filter(([, x]) => x.length > 0);
    if (ecarts.length === 0) exactes++;
    else
      console.log(
        `#${i} : ${ecarts.map(([k, x]) => `${k} ${x.slice(0, 3).join(" ; ")}`).join(" | ")}`,
      );
  }
  console.log(
    `2-E aléatoires (graine ${graine}) : ${exactes} / ${n} mises en page lues sans écart (${valeurs} cellules de valeur, ${semees} incohérences semées).`,
  );
  if (exactes < n) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`La mesure 2-E a échoué : ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
