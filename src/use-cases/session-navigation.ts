import type { Location } from "../domain/classeur/snapshot";
import { prochaineCelluleVide } from "../domain/saisie/navigation";
import { regrouperEnZones } from "../domain/surlignage/plan-surlignage";
import { GatewayError, type OptionsAllerA } from "../gateway/port";
import type { EcrituresSession, ContexteSession } from "./session-ecriture";
import type { CibleAllerA } from "./session-etat";
import { rendreSession } from "./session-messages";

/**
 * Commandes de navigation : aller à une cellule ou à des zones, cellule à compléter suivante. Un
 * onglet masqué n'est jamais affiché sans accord : la question est posée (`demandeAffichage`).
 */
export class NavigationSession {
  constructor(
    private readonly ctx: ContexteSession,
    private readonly ecritures: EcrituresSession,
    private readonly charger: () => Promise<void>,
  ) {}

  allerA(cible: CibleAllerA, options: OptionsAllerA = {}): Promise<void> {
    return this.ctx.magasin
      .executer("action/navigation", () => this.naviguer(cible, options))
      .then(() => undefined);
  }

  /** L'utilisateur accepte d'afficher l'onglet masqué : on y va. */
  confirmerAffichage(): Promise<void> {
    const { magasin } = this.ctx;
    const d = magasin.etat().demandeAffichage;
    magasin.maj({ demandeAffichage: null });
    if (!d) return Promise.resolve();
    return this.allerA(d.cible, { afficherMasquee: true }).then(() =>
      magasin.etat().erreur ? undefined : this.charger(),
    );
  }

  annulerAffichage(): void {
    this.ctx.magasin.maj({
      demandeAffichage: null,
      message: rendreSession({ code: "navigation/masque-refuse", params: {} }),
    });
  }

  private async naviguer(cible: CibleAllerA, options: OptionsAllerA): Promise<void> {
    try {
      await this.ctx.gateway.goTo(cible, options);
    } catch (e) {
      if (!(e instanceof GatewayError) || e.code !== "SheetHidden") throw e;
      const nom =
        this.ctx.magasin.etat().analyse?.snapshot.sheets.find((s) => s.id === cible.sheetId)
          ?.name ?? ("sheetName" in cible ? cible.sheetName : "");
      this.ctx.magasin.maj({
        demandeAffichage: {
          cible,
          message: rendreSession({ code: "navigation/masque-question", params: { nom } }),
        },
      });
    }
  }

  /** Cellule à compléter suivante (1) ou précédente (-1), depuis la cellule active. */
  celluleSuivante(sens: 1 | -1): Promise<Location | null | undefined> {
    const { gateway, magasin } = this.ctx;
    return magasin.executer("action/navigation", async () => {
      const a = this.ecritures.exiger();
      const depuis = gateway.readSelection ? await gateway.readSelection() : null;
      const ordre = [...a.snapshot.sheets].sort((x, y) => x.position - y.position).map((s) => s.id);
      const cible = prochaineCelluleVide(a.completude, depuis, sens, ordre);
      if (!cible) {
        magasin.maj({ message: rendreSession({ code: "navigation/tout-rempli", params: {} }) });
        return null;
      }
      await this.naviguer(cible, {});
      return cible;
    });
  }

  /** Sélectionne d'un coup les cellules à compléter d'un onglet. */
  selectionnerVides(sheetId: string): Promise<void> {
    const { magasin } = this.ctx;
    return magasin
      .executer("action/selection", async () => {
        const o = this.ecritures.exiger().completude.parOnglet.find((x) => x.sheetId === sheetId);
        if (!o || o.vides.length === 0) {
          magasin.maj({
            message: rendreSession({ code: "navigation/onglet-rempli", params: {} }),
          });
          return;
        }
        await this.naviguer({ sheetId, ranges: regrouperEnZones(o.vides) }, {});
      })
      .then(() => undefined);
  }
}
