import { Button, Text } from '@fluentui/react-components'
import { memo } from 'react'
import type { SelectedMember } from '../../dpm/protection-wizard-store'
import styles from './selected-members-list.module.css'

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
