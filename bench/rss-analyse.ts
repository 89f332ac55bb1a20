/**
 * Analyse un lot comme `cpom-diagnostic analyser` (fils bornés compris) et écrit sur stdout, en
 * JSON, le statut de chaque fichier, la durée et la mémoire résidente de pointe du processus
 * (maxRSS, fils compris). Lancé par mesures-hostiles.ts, un processus par mesure.
 */
import { analyserLot } from "../src/cli/lot/analyse-lot";

async function main(): Promise<void> {
  const fichiers = process.argv.slice(2);
  const debut = performance.now();
  const rapports = await analyserLot(fichiers, null, {
    debut: () => undefined,
    fin: () => undefined,
  });
  process.stdout.write(
    JSON.stringify({
      statuts: rapports.map((r) => (r.json.statut === "analyse" ? "analyse" : r.json.erreur?.code)),
      dureeMs: Math.round(performance.now() - debut),
      rssMo: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
