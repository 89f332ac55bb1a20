import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import type { Echantillon } from "./echantillons";
import { reenregistrer } from "./libreoffice";
import { mesurerAnalyse, type MesureAnalyse } from "./mesure-zones";

/**
 * Section « zones, indicateurs et contrôles » de `npm run fidelite` : pour chaque classeur d'exemple
 * (et son ré-enregistrement LibreOffice), zones du modèle repérées, cellules de valeur repérées,
 * indicateurs calculés, incohérences semées trouvées, fausses « erreur ».
 */

export const BARRES_ZONES = { zones: 1, semees: 0.95, faussesErreurs: 0.05 } as const;

export interface MesureZonesSource {
  readonly source: string;
  readonly mesure: MesureAnalyse;
  readonly zones: number;
  readonly zonesReperees: number;
  readonly cellules: number;
  readonly cellulesReperees: number;
  readonly echecs: readonly string[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function resumer(source: string, m: MesureAnalyse): MesureZonesSource {
  const zonesReperees = m.zones.filter((z) => z.reperees > 0).length;
  const cellules = m.zones.reduce((s, z) => s + z.attendues, 0);
  const cellulesReperees = m.zones.reduce((s, z) => s + z.reperees, 0);
  const partZones = m.zones.length === 0 ? 1 : zonesReperees / m.zones.length;
  const partSemees = m.semees === 0 ? 1 : m.semeesTrouvees / m.semees;
  const partFausses = m.erreurs === 0 ? 0 : m.faussesErreurs / m.erreurs;
  const echecs: string[] = [];
  if (partZones < BARRES_ZONES.zones) echecs.push(`zones repérées ${pct(partZones)}`);
  if (partSemees < BARRES_ZONES.semees)
    echecs.push(`incohérences semées trouvées ${pct(partSemees)}`);
  if (partFausses > BARRES_ZONES.faussesErreurs) echecs.push(`fausses erreurs ${pct(partFausses)}`);
  return {
    source,
    mesure: m,
    zones: m.zones.length,
    zonesReperees,
    cellules,
    cellulesReperees,
    echecs,
  };
}

export async function mesurerZones(
  echantillons: readonly Echantillon[],
  libreoffice: boolean,
): Promise<MesureZonesSource[]> {
  const out: MesureZonesSource[] = [];
  for (const e of echantillons) {
    out.push(resumer(e.nom, mesurerAnalyse(await lireClasseurXlsx(e.buffer), e.zones)));
  }
  if (!libreoffice) return out;
  const relus = reenregistrer(echantillons, "cpom-fidelite-zones-");
  for (const [i, e] of echantillons.entries()) {
    const m = mesurerAnalyse(await lireClasseurXlsx(relus[i]!), e.zones);
    out.push(resumer(`${e.nom} (LibreOffice)`, m));
  }
  return out;
}

export function texteZones(sources: readonly MesureZonesSource[]): string[] {
  const out = ["Zones, indicateurs et contrôles", ""];
  for (const s of sources) {
    const m = s.mesure;
    out.push(
      `${s.source} : zones ${s.zonesReperees} / ${s.zones}, cellules de valeur ${s.cellulesReperees} / ${s.cellules}, indicateurs calculés ${m.indicateursCalcules} / ${m.indicateurs}, incohérences semées trouvées ${m.semeesTrouvees} / ${m.semees}, fausses erreurs ${m.faussesErreurs} / ${m.erreurs}, zones introuvables signalées ${m.zonesIntrouvables} — ${s.echecs.length === 0 ? "OK" : `sous les barres (${s.echecs.join(" ; ")})`}`,
    );
    const manquees = m.zones.filter((z) => z.reperees < z.attendues);
    if (manquees.length > 0) {
      out.push(
        `  Zones incomplètes : ${manquees.map((z) => `${z.zone} ${z.reperees}/${z.attendues}`).join(", ")}`,
      );
    }
    if (m.semeesManquees.length > 0)
      out.push(`  Semées non trouvées : ${m.semeesManquees.join(", ")}`);
    if (m.exemplesFaussesErreurs.length > 0) {
      out.push(`  Fausses erreurs (exemples) : ${m.exemplesFaussesErreurs.join(", ")}`);
    }
  }
  out.push("");
  return out;
}
