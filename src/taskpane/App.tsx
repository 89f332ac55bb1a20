import type { WorkbookGateway } from "../gateway/port";

export interface ProprietesApp {
  /** Passerelle vers le classeur ouvert ; `null` hors d'Excel (aucun hôte). */
  readonly gateway: WorkbookGateway | null;
}

/** Contenu du volet (vues). Provisoire : remplacé par les vues (sommaire, saisie…). */
export function App({ gateway }: ProprietesApp) {
  return gateway ? (
    <p>Classeur ouvert.</p>
  ) : (
    <p>
      Le complément fonctionne hors d&apos;Excel : ouvrez le classeur Diagnostic dans Excel, ou
      l&apos;aperçu (apercu.html).
    </p>
  );
}
