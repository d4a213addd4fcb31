// Helpers for this folder's unit tests.
import { LabError } from './lab-error'

/** The LabError an action throws; fails the test when it does not throw one. */
export function refusal(action: () => unknown): { code: string; message: string; status: number } {
  try {
    action()
  } catch (error) {
    if (error instanceof LabError) return { code: error.code, message: error.message, status: error.status }
    throw error
  }
  throw new Error('the operation was not refused')
}
