// A user's email addresses and phone numbers: their own endpoints (`/email_addresses`,
// `/phone_numbers`) and the copies embedded in the user, kept as one source of truth.
import type { DeletedObject } from "../models/deletedObject.js";
import type { EmailAddress } from "../models/emailAddress.js";
import type { PhoneNumber } from "../models/phoneNumber.js";
import type { User } from "../models/user.js";
import type { Web3Wallet } from "../models/web3Wallet.js";
import { formatInvalid, identifierExists, notFound, type Body } from "./http.js";
import type { Routes } from "./router.js";
import { requireUser, type Env } from "./store.js";

// Deliberately loose: the API's own check is RFC 5322; this only refuses what is plainly not one.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** Is it shaped like an email address? */
export const isEmail = (value: string): boolean => EMAIL.test(value);
/** Is it an E.164 phone number (`+15550001234`)? */
export const isPhone = (value: string): boolean => E164.test(value);

/** Identifications created through the Backend API are verified by the `admin` strategy. */
function adminVerification(): { object: string; status: string; strategy: string; attempts: null; expire_at: null } {
  return { object: "verification_admin", status: "verified", strategy: "admin", attempts: null, expire_at: null };
}

/** A new `EmailAddress` identification, verified by the `admin` strategy unless `verified` is false. */
export function emailObject(env: Env, address: string, verified: boolean): EmailAddress {
  const now = env.now();
  return {
    id: env.newId("idn"),
    object: "email_address",
    email_address: address,
    reserved: false,
    verification: verified ? adminVerification() : null,
    linked_to: [],
    matches_sso_connection: false,
    created_at: now,
    updated_at: now,
  };
}

/** A new `PhoneNumber` identification. */
export function phoneObject(env: Env, phone: string, verified: boolean, secondFactor: boolean): PhoneNumber {
  const now = env.now();
  return {
    id: env.newId("idn"),
    object: "phone_number",
    phone_number: phone,
    reserved_for_second_factor: secondFactor,
    default_second_factor: false,
    reserved: false,
    verification: verified ? adminVerification() : null,
    linked_to: [],
    backup_codes: null,
    created_at: now,
    updated_at: now,
  };
}

/** A new `Web3Wallet` identification, verified by the `admin` strategy. */
export function web3Object(env: Env, wallet: string): Web3Wallet {
  const now = env.now();
  return { id: env.newId("idn"), object: "web3_wallet", web3_wallet: wallet, verification: adminVerification(), created_at: now, updated_at: now };
}

function users(env: Env): User[] {
  return [...env.state.users.values()].map((r) => r.user);
}

/** Does any user have this email address (case-insensitive)? */
export function takenEmail(env: Env, address: string): boolean {
  const lower = address.toLowerCase();
  return users(env).some((u) => u.email_addresses.some((e) => e.email_address.toLowerCase() === lower));
}

/** Does any user have this phone number? */
export function takenPhone(env: Env, phone: string): boolean {
  return users(env).some((u) => u.phone_numbers.some((p) => p.phone_number === phone));
}

/** Does any user have this username (case-insensitive)? */
export function takenUsername(env: Env, username: string): boolean {
  const lower = username.toLowerCase();
  return users(env).some((u) => u.username?.toLowerCase() === lower);
}

/** The user owning an identification, and the identification. */
function findEmail(env: Env, id: string): { user: User; email: EmailAddress } {
  for (const user of users(env)) {
    const email = user.email_addresses.find((e) => e.id === id);
    if (email) return { user, email };
  }
  throw notFound(`No email address was found with id ${id}`);
}

function findPhone(env: Env, id: string): { user: User; phone: PhoneNumber } {
  for (const user of users(env)) {
    const phone = user.phone_numbers.find((p) => p.id === id);
    if (phone) return { user, phone };
  }
  throw notFound(`No phone number was found with id ${id}`);
}

function touch(env: Env, user: User): void {
  user.updated_at = env.now();
  env.emit("user.updated", user);
}

function newEmail(env: Env, body: Body): string {
  const address = body.required("email_address");
  if (!isEmail(address)) throw formatInvalid("email_address", "email_address must be a valid email address.");
  if (takenEmail(env, address)) throw identifierExists("email_address", "That email address is taken. Please try another.");
  return address;
}

function newPhone(env: Env, body: Body): string {
  const phone = body.required("phone_number");
  if (!isPhone(phone)) throw formatInvalid("phone_number", "phone_number must be a valid phone number according to E.164 international standard.");
  if (takenPhone(env, phone)) throw identifierExists("phone_number", "That phone number is taken. Please try another.");
  return phone;
}

/** `/email_addresses`, `/phone_numbers` and the per-user replace routes. */
export const identifierRoutes: Routes = {
  "POST /email_addresses": ({ env, body }) => {
    const { user } = requireUser(env, body.required("user_id"));
    const email = emailObject(env, newEmail(env, body), body.bool("verified") ?? true);
    user.email_addresses.push(email);
    // The first address is primary whatever `primary` says (spec: CreateEmailAddress).
    if (body.bool("primary") || user.primary_email_address_id === null) user.primary_email_address_id = email.id!;
    touch(env, user);
    return email;
  },
  "GET /email_addresses/{email_address_id}": ({ env, param }) => findEmail(env, param("email_address_id")).email,
  "PATCH /email_addresses/{email_address_id}": ({ env, param, body }) => {
    const { user, email } = findEmail(env, param("email_address_id"));
    const verified = body.bool("verified");
    if (verified != null) email.verification = verified ? adminVerification() : null;
    if (body.bool("primary")) user.primary_email_address_id = email.id!;
    email.updated_at = env.now();
    touch(env, user);
    return email;
  },
  "DELETE /email_addresses/{email_address_id}": ({ env, param }) => {
    const { user, email } = findEmail(env, param("email_address_id"));
    user.email_addresses = user.email_addresses.filter((e) => e !== email);
    if (user.primary_email_address_id === email.id) user.primary_email_address_id = user.email_addresses[0]?.id ?? null;
    touch(env, user);
    return { object: "email_address", id: email.id!, deleted: true } satisfies DeletedObject;
  },
  // Replaces every email address of the user with this one, which becomes the primary.
  "PUT /users/{user_id}/email_address": ({ env, param, body }) => {
    const { user } = requireUser(env, param("user_id"));
    const address = body.required("email_address");
    const kept = user.email_addresses.find((e) => e.email_address.toLowerCase() === address.toLowerCase());
    const email = kept ?? emailObject(env, newEmail(env, body), true);
    user.email_addresses = [email];
    user.primary_email_address_id = email.id!;
    touch(env, user);
    return email;
  },

  "POST /phone_numbers": ({ env, body }) => {
    const { user } = requireUser(env, body.required("user_id"));
    const phone = phoneObject(env, newPhone(env, body), body.bool("verified") ?? true, body.bool("reserved_for_second_factor") ?? false);
    user.phone_numbers.push(phone);
    if (body.bool("primary") || user.primary_phone_number_id === null) user.primary_phone_number_id = phone.id!;
    touch(env, user);
    return phone;
  },
  "GET /phone_numbers/{phone_number_id}": ({ env, param }) => findPhone(env, param("phone_number_id")).phone,
  "PATCH /phone_numbers/{phone_number_id}": ({ env, param, body }) => {
    const { user, phone } = findPhone(env, param("phone_number_id"));
    const verified = body.bool("verified");
    if (verified != null) phone.verification = verified ? adminVerification() : null;
    const secondFactor = body.bool("reserved_for_second_factor");
    if (secondFactor != null) phone.reserved_for_second_factor = secondFactor;
    if (body.bool("primary")) user.primary_phone_number_id = phone.id!;
    phone.updated_at = env.now();
    touch(env, user);
    return phone;
  },
  "DELETE /phone_numbers/{phone_number_id}": ({ env, param }) => {
    const { user, phone } = findPhone(env, param("phone_number_id"));
    user.phone_numbers = user.phone_numbers.filter((p) => p !== phone);
    if (user.primary_phone_number_id === phone.id) user.primary_phone_number_id = user.phone_numbers[0]?.id ?? null;
    touch(env, user);
    return { object: "phone_number", id: phone.id!, deleted: true } satisfies DeletedObject;
  },
  "PUT /users/{user_id}/phone_number": ({ env, param, body }) => {
    const { user } = requireUser(env, param("user_id"));
    const number = body.required("phone_number");
    const kept = user.phone_numbers.find((p) => p.phone_number === number);
    const phone = kept ?? phoneObject(env, newPhone(env, body), true, false);
    user.phone_numbers = [phone];
    user.primary_phone_number_id = phone.id!;
    touch(env, user);
    return phone;
  },
};
