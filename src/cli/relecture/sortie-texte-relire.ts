import { sansControles } from "../../domain/export/neutraliser";
import { LIBELLE_PRIORITE, texteValeur } from "../../domain/relecture";
import type { DocumentRelectureJson, RetourRelu } from "./document-relecture";
import { rendreRelecture as r } from "./messages-relecture";

/** Sortie texte de `relire` : un paragraphe par fichier (à appeler d'abord), puis le bilan. */

const MAX_DETAILS = 10;
const t = sansControles;

export function texteRelecture(retours: readonly RetourRelu[]): string {
  const out: string[] = [];
  for (const retour of retours) {
    const s = retour.synthese;
    const fichier = t(retour.json.fichier);
    out.push(
      s.organisme
        ? r({ code: "texte/fichier-organisme", params: { fichier, organisme: t(s.organisme) } })
        : r({ code: "texte/fichier", params: { fichier } }),
    );
    const priorite = LIBELLE_PRIORITE[s.priorite];
    out.push(
      s.motifs.length
        ? r({
            code: "texte/priorite-motifs",
            params: { priorite, motifs: t(s.motifs.join(" ; ")) },
          })
        : r({ code: "texte/priorite", params: { priorite } }),
    );
    if (!s.lisible) {
      out.push(r({ code: "texte/illisible", params: { raison: t(s.raisonIllisible ?? "") } }), "");
      continue;
    }
    out.push(
      retour.json.reference
        ? r({ code: "texte/reference", params: { reference: t(retour.json.reference) } })
        : r({ code: "texte/sans-reference", params: { empreinte: retour.json.empreinte } }),
    );
    for (const m of retour.modifiees.slice(0, MAX_DETAILS)) {
      out.push(
        r({
          code: "texte/modifiee",
          params: {
            onglet: t(m.onglet),
            cellule: m.cellule,
            esms: t(m.esmsLibelle),
            mesure: t(m.mesure),
            reference: t(texteValeur(m.reference)),
            valeur: t(texteValeur(m.valeur)),
          },
        }),
      );
    }
    if (retour.modifiees.length > MAX_DETAILS) {
      const autres = retour.modifiees.length - MAX_DETAILS;
      out.push(r({ code: "texte/autres-modifiees", params: { autres } }));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

export function texteBilanRelecture(d: DocumentRelectureJson, appeler: number): string {
  const { fichiers, illisibles, prerenseignees_modifiees, erreurs, alertes, infos } = d.resume;
  return r({
    code: "texte/bilan",
    params: {
      fichiers,
      illisibles,
      appeler,
      modifiees: prerenseignees_modifiees,
      erreurs,
      alertes,
      infos,
    },
  });
}
