import { Anchor } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import {
  maySignInAgainAutomatically,
  signInAgain,
  signInAgainDelayMs,
  signInAgainUrl,
} from '../lib/sign-in-again.ts';
import { ErrorPanel } from './error-panel.tsx';

/**
 * Our server answered 401 "session required": the staff session has ended (idle, expired, or
 * signed out in another tab). Says so, then signs in again and comes back to this page, with a
 * link for whoever is quicker, or when the app has just tried (no loop of sign-ins).
 */
export function SessionEndedPanel() {
  const { pathname, search } = useLocation();
  const url = signInAgainUrl(pathname, search);
  const [automatic] = useState(() => maySignInAgainAutomatically());

  useEffect(() => {
    if (!automatic) return;
    const timer = setTimeout(() => {
      signInAgain(url);
    }, signInAgainDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [automatic, url]);

  if (automatic) {
    return (
      <ErrorPanel
        title="Your session has ended — signing you in again…"
        color="blue"
        whatHappened="Your sign-in to OC Lookup ended (after a while without use, or signed out elsewhere)."
        whatToDo={
          <>
            nothing: you will come back to this page. If nothing happens,{' '}
            <Anchor href={url}>sign in again</Anchor>.
          </>
        }
      />
    );
  }
  return (
    <ErrorPanel
      title="Your session has ended"
      color="orange"
      whatHappened="Signing in again a moment ago did not keep you signed in."
      whatToDo={
        <>
          <Anchor href={url}>Sign in again</Anchor>; if this keeps happening, check that this
          browser accepts cookies from OC Lookup, then tell the team that runs OC Lookup.
        </>
      }
    />
  );
}
