import { Component, type ErrorInfo, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { TEXTES_COQUE } from "./textes";

interface Proprietes {
  readonly children: ReactNode;
}

interface Etat {
  readonly erreur: Error | null;
}

/**
 * Attrape une erreur de rendu des vues : message français et bouton « Réessayer » au lieu d'un
 * volet blanc. L'erreur est aussi journalisée (console.error) pour le diagnostic.
 */
export class ErrorBoundary extends Component<Proprietes, Etat> {
  override state: Etat = { erreur: null };

  static getDerivedStateFromError(erreur: unknown): Etat {
    return { erreur: erreur instanceof Error ? erreur : new Error(String(erreur)) };
  }

  override componentDidCatch(erreur: Error, info: ErrorInfo): void {
    console.error("Erreur d'affichage du volet :", erreur, info.componentStack);
  }

  override render(): ReactNode {
    const { erreur } = this.state;
    if (!erreur) return this.props.children;
    const t = TEXTES_COQUE.erreurAffichage;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.titre}</MessageBarTitle>
          {t.corps}
          {erreur.message ? ` ${TEXTES_COQUE.detail}${erreur.message}` : null}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ erreur: null })}>{t.reessayer}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
