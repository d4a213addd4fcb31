// What every page of Create New Protection Group is given, and how a page shows a field's problems. Apart
// from the page switch (wizard-page-body), so that the pages do not import the module that imports them.
import type { ReactElement } from 'react'
import type { WizardDraft } from '../../dpm/protection-wizard-store'
import type { PageProblem } from './page-validation'

export interface PageProps {
  draft: WizardDraft
  /** The page's problems as the draft stands now: pages show them as typed. */
  problems: PageProblem[]
}

/** A page with a field that starts empty: it stays quiet until changed or until Next was refused. */
export interface RequiredFieldPageProps extends PageProps {
  /** Next (or Create Group) was refused on this page. */
  attempted: boolean
}

/** The messages of one field, one per line, for a Field's validationMessage (tied by aria-describedby). */
export function messagesOf(
  problems: readonly PageProblem[],
  field: PageProblem['field'],
): ReactElement | undefined {
  const messages = problems.filter((p) => p.field === field).map((p) => p.message)
  if (messages.length === 0) return undefined
  return (
    <>
      {messages.map((message) => (
        <span key={message} style={{ display: 'block' }}>
          {message}
        </span>
      ))}
    </>
  )
}
