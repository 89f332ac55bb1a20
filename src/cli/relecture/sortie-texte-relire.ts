import { sansControles } from "../../domain/export/neutraliser";
import { LIBELLE_PRIORITE, texteValeur } from "../../domain/relecture";
import type { DocumentRelectureJson, RetourRelu } from "./document-relecture";

/** Sortie texte de `relire` : un paragraphe par fichier (à appeler d'abord), puis le bilan. */

const MAX_DETAILS = 10;
const t = sansControles;

export function texteRelecture(retours: readonly RetourRelu[]): string {
  const out: string[] = [];
  for (const r of retours) {
    const s = r.synthese;
    const qui = s.organisme ? ` — ${t(s.organisme)}` : "";
    out.push(`■ ${t(r.json.fichier)}${qui}`);
    out.push(
      `  ${LIBELLE_PRIORITE[s.priorite]}${s.motifs.length ? ` : ${t(s.motifs.join(" ; "))}` : ""}`,
    );
    if (!s.lisible) {
      out.push(`  ${t(s.raisonIllisible ?? "")}`, "");
      continue;
    }
    out.push(
      `  Référence : ${r.json.reference ? t(r.json.reference) : `aucune (empreinte ${r.json.empreinte})`}`,
    );
    for (const m of r.modifiees.slice(0, MAX_DETAILS)) {
      out.push(
        `    - ${t(m.onglet)}!${m.cellule} ${t(m.esmsLibelle)} — ${t(m.mesure)} : ${t(texteValeur(m.reference))} → ${t(texteValeur(m.valeur))}`,
      );
    }
    if (r.modifiees.length > MAX_DETAILS) {
      out.push(
        `    … et ${r.modifiees.length - MAX_DETAILS} autre(s) (--json ou --rapport pour tout voir)`,
      );
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

export function texteBilanRelecture(d: DocumentRelectureJson, appeler: number): string {
  const r = d.resume;
  return `Bilan : ${r.fichiers} fichier(s), dont ${r.illisibles} illisible(s) et ${appeler} à appeler ; ${r.prerenseignees_modifiees} valeur(s) pré-renseignée(s) modifiée(s) ; ${r.erreurs} erreur(s), ${r.alertes} alerte(s), ${r.infos} info(s).\n`;
}
