import { describe, expect, it } from 'vitest'
import { parseDiskSize } from './attach-disk'

describe('the size of a disk to attach', () => {
  it('takes whole GB from 1 to 64 TB', () => {
    expect(parseDiskSize(' 500 ')).toEqual({ sizeGb: 500 })
    expect(parseDiskSize('65536')).toEqual({ sizeGb: 65_536 })
  })

  it('says why anything else is refused', () => {
    for (const text of ['', 'big', '1.5', '-2', '1e3'])
      expect(parseDiskSize(text)).toEqual({ error: 'Enter the size as a whole number of GB, such as 500.' })
    expect(parseDiskSize('0')).toEqual({ error: 'Enter a size from 1 to 65536 GB.' })
    expect(parseDiskSize('65537')).toEqual({ error: 'Enter a size from 1 to 65536 GB.' })
  })
})
