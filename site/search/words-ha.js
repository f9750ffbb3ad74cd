gazetteSearch.words("ha",[["hartford",1,2,2],["have",2,2],["haven",2]]);
