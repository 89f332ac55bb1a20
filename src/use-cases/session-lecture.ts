import { estSurligne } from "../domain/surlignage/plan-surlignage";
import { fusionnerInstantanes } from "./fusion-instantanes";
import type { ContexteSession } from "./session-ecriture";

/** Commandes de lecture de la session : tout le classeur, ou les onglets modifiés seulement. */
export class LecturesSession {
  constructor(private readonly ctx: ContexteSession) {}

  /**
   * Lit tout le classeur puis l'analyse. À la première lecture, le sommaire est publié dès qu'il
   * est calculé (`partielle`, ADR 0022) ; une relecture garde l'analyse affichée jusqu'à la
   * nouvelle.
   */
  charger = (): Promise<void> => {
    const { gateway, magasin, analyser } = this.ctx;
    return magasin
      .executer("action/lecture", async () => {
        magasin.maj({ statut: magasin.etat().analyse ? "pret" : "lecture" });
        const snapshot = await gateway.readSnapshot({
          onProgress: (fraction, libelle) => magasin.maj({ progression: { fraction, libelle } }),
        });
        const analyse = await analyser(snapshot, (partielle) => {
          if (!magasin.etat().analyse) magasin.maj({ partielle });
        });
        magasin.maj({
          statut: "pret",
          analyse,
          partielle: null,
          perimes: [],
          surligne: estSurligne(snapshot),
        });
      })
      .then((r) => {
        if (r === undefined && !magasin.etat().analyse)
          magasin.maj({ statut: "erreur", partielle: null });
      });
  };

  /** Relit seulement les onglets modifiés et refait l'analyse (pure, rapide). */
  rafraichir = async (): Promise<void> => {
    const { gateway, magasin, analyser } = this.ctx;
    const avant = magasin.etat().analyse;
    const ids = magasin.etat().perimes;
    if (!avant || ids.length === 0) return this.charger();
    await magasin.executer("action/mise-a-jour", async () => {
      const partiel = await gateway.readSnapshot({ sheetIds: ids });
      const snapshot = fusionnerInstantanes(avant.snapshot, partiel, ids);
      magasin.maj({ analyse: await analyser(snapshot), perimes: [] });
    });
  };
}
