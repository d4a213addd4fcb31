// The guided tours, one per scenario of the seed: each link reloads the console with ?tour=, which opens it
// (the world is kept: every tour's first step resets it when the presenter is ready).
import { Link, makeStyles, tokens } from '@fluentui/react-components'
import { TOUR_IDS } from '../../dpm/tour-ids'

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0 },
  item: { listStyleType: 'none' },
})

export function TourLinks() {
  const styles = useStyles()
  return (
    <ul className={styles.list} aria-label="Guided tours">
      {TOUR_IDS.map((id) => (
        <li key={id} className={styles.item}>
          <Link href={`${window.location.pathname}?tour=${id}`}>Tour {id}</Link>
        </li>
      ))}
    </ul>
  )
}
