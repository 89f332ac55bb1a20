import { localiser, reconnaitreOnglets } from "../src/domain/classeur/reconnaissance";
import { contexteDepuisRepere, genererFichesSocle } from "../src/domain/fiches";
import { calculerIndicateurs } from "../src/domain/indicateurs";
import { assertNothingLost } from "../src/domain/plan/garde";
import { installerHote } from "../src/gateway/host-simule";
import type { EspaceExcel } from "../src/gateway/office/erreurs";
import { OfficeGateway } from "../src/gateway/office/office-gateway";
import { enregistrerMesure } from "./mesures";

/** « Générer les 6 fiches socle » : plan (pur) puis écriture en un lot sur l'hôte simulé. */
enregistrerMesure({
  id: "fiches-socle",
  titre: "Fiches socle + suivi + listes écrits par OfficeGateway.apply",
  async executer(c, { latenceMs }) {
    const s = c.snapshot;
    const t0 = performance.now();
    const onglets = reconnaitreOnglets(s);
    const repere = localiser(s, onglets);
    const plan = genererFichesSocle(s, contexteDepuisRepere(repere, calculerIndicateurs(repere)));
    const garde = assertNothingLost(s, plan);
    const t1 = performance.now();
    const h = installerHote(s, { latenceMs });
    const t2 = performance.now();
    await new OfficeGateway(h.Excel as unknown as EspaceExcel).apply(garde);
    const t3 = performance.now();
    return {
      syncs: h.stats.syncs,
      maxRequestBytes: h.stats.maxRequestBytes,
      maxResponseBytes: h.stats.maxResponseBytes,
      operations: plan.operations.length,
      feuillesAjoutees: plan.operations.filter((o) => o.kind === "addSheet").length,
      planMs: Math.round(t1 - t0),
      tempsMs: Math.round(t3 - t2),
      tempsModele: "écriture mesurée (latence attendue)",
    };
  },
});
