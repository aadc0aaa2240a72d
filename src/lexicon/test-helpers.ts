import { InputError } from '../errors.js';

/** The `InputError` that `load` throws; fails the test when it throws none or another error. */
export function errorOf(load: () => unknown): InputError {
  try {
    load();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
