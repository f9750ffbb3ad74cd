gazetteSearch.words("am",[["amendment",2],["american",2],["amid",5]]);
