// <passkey-submit>: sits in a form beside a submit button named "__passkeySubmit". A click on that button asks the
// server for WebAuthn options, lets the browser create or use a passkey, and posts the form with the result as
// "<name>.CredentialJson" (or "<name>.Error"), so the page's own handler finishes the job on the server.
const passkeysWork =
    typeof navigator.credentials !== 'undefined' &&
    typeof window.PublicKeyCredential !== 'undefined' &&
    typeof window.PublicKeyCredential.parseCreationOptionsFromJSON === 'function' &&
    typeof window.PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

async function optionsFrom(url, headers, signal) {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, signal });
    if (!response.ok) {
        throw new Error(response.status === 429
            ? 'Too many attempts; wait a minute and try again.'
            : 'The server could not start the passkey step. Reload the page and try again.');
    }
    return await response.json();
}

async function credentialFor(operation, headers, signal) {
    if (!passkeysWork) {
        throw new Error('This browser cannot use passkeys. Update it, or use another sign-in.');
    }
    if (operation === 'Create') {
        const options = await optionsFrom('account/passkey/creation-options', headers, signal);
        return await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options), signal });
    }
    const options = await optionsFrom('account/passkey/request-options', headers, signal);
    return await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options), signal });
}

customElements.define('passkey-submit', class extends HTMLElement {
    static formAssociated = true;

    connectedCallback() {
        this.internals = this.attachInternals();
        this.internals.form?.addEventListener('submit', event => {
            if (event.submitter?.name === '__passkeySubmit') {
                event.preventDefault();
                this.submitWithPasskey();
            }
        });
    }

    disconnectedCallback() {
        this.aborter?.abort();
    }

    async submitWithPasskey() {
        this.aborter?.abort();
        this.aborter = new AbortController();
        const name = this.getAttribute('name');
        const headers = { [this.getAttribute('request-token-name')]: this.getAttribute('request-token-value') };
        const data = new FormData();
        try {
            const credential = await credentialFor(this.getAttribute('operation'), headers, this.aborter.signal);
            data.append(`${name}.CredentialJson`, JSON.stringify(credential));
        } catch (error) {
            if (error.name === 'AbortError') {
                return;
            }
            data.append(`${name}.Error`, error.name === 'NotAllowedError'
                ? 'No passkey was given: the browser window was closed or timed out.'
                : error.message);
        }
        this.internals.setFormValue(data);
        this.internals.form.submit();
    }
});
