/** Thrown by the guards; the action wrapper and pages turn them into a refusal, never a 500. */
export class AuthError extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason === 'unauthenticated' ? 'Sign in first.' : 'Your role does not allow this.');
    this.name = 'AuthError';
  }
}
