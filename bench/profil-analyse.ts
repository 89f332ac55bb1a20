/**
 * Profil de l'analyse pure : `node --cpu-prof --import tsx bench/profil-analyse.ts [facteur] [tours]`
 * (classeur d'exemple généré au facteur voulu, analysé `tours` fois sur des instantanés neufs).
 */
import { genererClasseur } from "../scripts/exemple/classeur";
import { lireClasseurXlsx } from "../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../src/use-cases/analyser";

async function main(): Promise<void> {
  const facteur = Number(process.argv[2]) || 10;
  const tours = Number(process.argv[3]) || 10;
  const { buffer } = await genererClasseur("exemple", { facteur });
  const s = await lireClasseurXlsx(new Uint8Array(buffer));
  const t: number[] = [];
  for (let i = 0; i < tours; i++) {
    const copie = structuredClone(s);
    const t0 = performance.now();
    analyserInstantane(copie);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  console.log(
    `facteur ${facteur} : médiane ${t[Math.floor(tours / 2)]?.toFixed(1)} ms`,
    t.map((x) => Math.round(x)),
  );
}

void main();
