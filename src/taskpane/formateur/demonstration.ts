import { TF } from "./textes";

/**
 * « Ouvrir le classeur de démonstration » : dans Excel, un classeur neuf créé depuis le classeur
 * d'exemple (`Excel.createWorkbook(base64)`, ExcelApi 1.8 ; le base64 est chargé à la demande) ;
 * dans l'aperçu navigateur, l'exemple rechargé. Rien n'est écrit dans le classeur ouvert.
 */

export interface EnvironnementDemo {
  /** `Excel` de la page (réel ou simulé) ; `undefined` hors d'Excel. */
  readonly excel: { createWorkbook?: (base64?: string) => Promise<void> } | undefined;
  /** Vrai si l'ensemble d'API est pris en charge (Office.context.requirements). */
  readonly prisEnCharge: (ensemble: string, version: string) => boolean;
  /** Vrai dans l'aperçu navigateur (hôte simulé). */
  readonly apercu: boolean;
  /** Charge le base64 du classeur d'exemple (import dynamique). */
  readonly chargerBase64: () => Promise<string>;
  readonly recharger: () => void;
}

export type IssueDemo = { readonly ok: boolean; readonly message: string };

export async function ouvrirDemonstration(env: EnvironnementDemo): Promise<IssueDemo> {
  if (env.apercu) {
    env.recharger();
    return { ok: true, message: TF.demoApercu };
  }
  const creer = env.excel?.createWorkbook;
  if (typeof creer !== "function" || !env.prisEnCharge("ExcelApi", "1.8")) {
    return { ok: false, message: TF.demoImpossible };
  }
  try {
    await creer.call(env.excel, await env.chargerBase64());
    return { ok: true, message: TF.demoExcel };
  } catch (e) {
    return { ok: false, message: TF.demoEchec(e instanceof Error ? e.message : String(e)) };
  }
}

/** Environnement réel de la page (volet dans Excel, ou aperçu). */
export function environnementPage(): EnvironnementDemo {
  const g = globalThis as {
    Excel?: EnvironnementDemo["excel"];
    Office?: typeof Office;
    __hote?: unknown;
    location?: Location;
  };
  return {
    excel: g.Excel,
    prisEnCharge: (e, v) => g.Office?.context?.requirements?.isSetSupported(e, v) ?? false,
    apercu: g.__hote !== undefined,
    chargerBase64: async () =>
      (await import(/* webpackChunkName: "classeur-demo" */ "./classeur-demo"))
        .CLASSEUR_DEMO_BASE64,
    recharger: () => g.location?.reload(),
  };
}
