import { makeStyles, tokens } from '@fluentui/react-components'
import type { WizardPage } from '../../dpm/protection-wizard-store'
import { PAGE_TITLES } from './wizard-pages'

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: tokens.spacingVerticalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  step: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
})

export function WizardSteps({ pages, current }: { pages: readonly WizardPage[]; current: WizardPage }) {
  const styles = useStyles()
  return (
    <ol className={styles.list} aria-label="Steps">
      {pages.map((page) => (
        <li
          key={page}
          className={page === current ? `${styles.step} ${styles.current}` : styles.step}
          aria-current={page === current ? 'step' : undefined}
        >
          {PAGE_TITLES[page]}
        </li>
      ))}
    </ol>
  )
}
