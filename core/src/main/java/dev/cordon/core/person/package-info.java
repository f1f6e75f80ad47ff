/**
 * People (API tier): employees, visitors and contractors (人員), with their resident ID numbers
 * (居民身份證號碼) and phone numbers (電話號碼), always masked when shown.
 */
package dev.cordon.core.person;
