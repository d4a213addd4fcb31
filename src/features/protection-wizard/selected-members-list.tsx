import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { memo } from 'react'
import type { SelectedMember } from '../../dpm/protection-wizard-store'

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '180px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
})

/**
 * One item per data source: a mirrored database once, named by its principal, showing both partners. Memoized:
 * the page around it renders on every focus move and expand, which do not change it.
 */
export const SelectedMembersList = memo(function SelectedMembersList({
  members,
  autoProtectInstances,
  onRemove,
}: {
  members: readonly SelectedMember[]
  autoProtectInstances: readonly string[]
  onRemove: (key: string) => void
}) {
  const styles = useStyles()
  return (
    <>
      <ul aria-label="Selected members" className={styles.list}>
        {members.map(({ key, member }) => (
          <li key={key} className={styles.item}>
            <span className={styles.text}>
              <Text>{member.path}</Text>
              {member.mirror && (
                <Text className={styles.detail}>
                  Mirrored: principal {member.mirror.partners[0]}, mirror {member.mirror.partners[1]}
                </Text>
              )}
              {member.availability && (
                <Text className={styles.detail}>
                  Availability group {member.availability.group} on {member.availability.cluster} (primary
                  replica's copy)
                </Text>
              )}
            </span>
            <Button size="small" aria-label={`Remove ${member.path}`} onClick={() => onRemove(key)}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {members.length === 0 && <Text className={styles.detail}>No members selected.</Text>}
      {autoProtectInstances.length > 0 && (
        <Text className={styles.detail}>
          Auto protection: new databases of {autoProtectInstances.join(', ')} will be added to the group.
        </Text>
      )}
    </>
  )
})
