import type { ReactNode } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { Bandeau, type SituationHote } from "./Bandeau";
import { ErrorBoundary } from "./ErrorBoundary";
import { TEXTES_COQUE } from "./textes";
import { themeOffice } from "./theme";
import { useErreursNonCaptees } from "./useErreursNonCaptees";

const useStyles = makeStyles({
  fournisseur: { minHeight: "100vh", display: "flex", flexDirection: "column" },
  entete: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titre: { margin: 0 },
  contenu: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export interface ProprietesCoque {
  /** Où tourne le volet ; `null` pendant l'attente d'`Office.onReady` (indicateur de chargement). */
  readonly situation: SituationHote | null;
  /** Thème Fluent ; par défaut celui d'Office (`Office.context.officeTheme`), sinon clair. */
  readonly theme?: Theme;
  /** Contenu du volet (les vues), protégé par un ErrorBoundary. */
  readonly children?: ReactNode;
}

/**
 * Coque du volet, commune au volet Excel et à la page d'aperçu : FluentProvider, en-tête (h1),
 * zone principale (<main>), bandeau de situation, erreurs non captées affichées en français.
 * Les vues placées dedans commencent leurs titres au niveau h2.
 */
export function Coque({ situation, theme, children }: ProprietesCoque) {
  const styles = useStyles();
  const [erreur, effacerErreur] = useErreursNonCaptees();
  const t = TEXTES_COQUE.erreurOperation;
  return (
    <FluentProvider theme={theme ?? themeOffice()} className={styles.fournisseur}>
      <header className={styles.entete}>
        <Subtitle1 as="h1" className={styles.titre}>
          {TEXTES_COQUE.titre}
        </Subtitle1>
      </header>
      <main className={styles.contenu}>
        {situation === null ? (
          <Spinner label={TEXTES_COQUE.chargement} />
        ) : (
          <>
            <Bandeau situation={situation} />
            {erreur !== null && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.titre}</MessageBarTitle>
                  {erreur}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button
                      appearance="transparent"
                      aria-label={t.fermer}
                      icon={<Dismiss20Regular />}
                      onClick={effacerErreur}
                    />
                  }
                />
              </MessageBar>
            )}
            <ErrorBoundary>{children}</ErrorBoundary>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
